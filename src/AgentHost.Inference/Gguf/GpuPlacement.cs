namespace AgentHost.Inference.Gguf;

/// <summary>
/// A recommended placement of a model on one GPU: <c>llama_model_params.n_gpu_layers</c>, and the layers whose
/// routed experts should stay in CPU RAM through <c>tensor_buft_overrides</c> (one of
/// <see cref="CpuExpertPatterns"/> per layer, each with the CPU buffer type), with the estimate behind it.
/// </summary>
public sealed record GpuPlacement
{
    public required PlacementKind Kind { get; init; }

    public required double GpuMemoryGiB { get; init; }

    public required int ContextLength { get; init; }

    /// <summary>For <c>n_gpu_layers</c>: block count + 1 puts every layer and the output on the GPU; 0 none.</summary>
    public required int GpuLayers { get; init; }

    /// <summary>Keep the routed experts of layers 0 to N-1 in CPU RAM (llama.cpp's <c>--n-cpu-moe N</c>).</summary>
    public required int CpuExpertLayers { get; init; }

    /// <summary>Regular expressions for <c>tensor_buft_overrides</c>, one per layer in <see cref="CpuExpertLayers"/>.</summary>
    public IReadOnlyList<string> CpuExpertPatterns => Enumerable.Range(0, CpuExpertLayers).Select(ExpertPattern).ToList();

    /// <summary>Model weights placed on the GPU.</summary>
    public required long WeightBytes { get; init; }

    /// <summary>KV cache of the GPU layers for <see cref="ContextLength"/> tokens.</summary>
    public required long KvCacheBytes { get; init; }

    /// <summary>Kept free: CUDA context, compute buffers and fragmentation.</summary>
    public required long ReservedBytes { get; init; }

    public long TotalBytes => WeightBytes + KvCacheBytes + ReservedBytes;

    /// <summary>One line for an operator.</summary>
    public required string Summary { get; init; }

    /// <summary>The pattern that matches the routed-expert tensors of one layer.</summary>
    public static string ExpertPattern(int layer) => $@"blk\.{layer}\.ffn_(up|down|gate|gate_up)_(ch|)exps";
}
