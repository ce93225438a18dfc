namespace AgentHost.Inference.Gguf;

/// <summary>What <see cref="ModelInspector"/> learned about a GGUF model from its metadata and tensor index.</summary>
public sealed record ModelSummary
{
    public required string FileName { get; init; }

    public required long FileSize { get; init; }

    /// <summary><c>general.architecture</c>, e.g. <c>bailingmoe2</c>.</summary>
    public required string Architecture { get; init; }

    /// <summary><c>general.name</c>, when present.</summary>
    public string? Name { get; init; }

    /// <summary>Elements of every tensor in the file.</summary>
    public required long ParameterCount { get; init; }

    /// <summary>Repeating layers llama.cpp runs: <c>block_count</c> minus <see cref="NextNLayerCount"/>.</summary>
    public required int LayerCount { get; init; }

    /// <summary>Multi-token-prediction layers at the end, which llama.cpp skips when loading.</summary>
    public int NextNLayerCount { get; init; }

    /// <summary><c>block_count</c>: what <c>n_gpu_layers</c> counts (plus one for the output layer).</summary>
    public int BlockCount => LayerCount + NextNLayerCount;

    public long? ContextLength { get; init; }

    public long? EmbeddingLength { get; init; }

    public int? VocabularySize { get; init; }

    public int HeadCount { get; init; }

    public int KvHeadCount { get; init; }

    public int KeyLength { get; init; }

    public int ValueLength { get; init; }

    /// <summary>Routed experts per MoE layer; 0 for a dense model.</summary>
    public int ExpertCount { get; init; }

    public int ExpertUsedCount { get; init; }

    public int SharedExpertCount { get; init; }

    public bool IsMixtureOfExperts => ExpertCount > 0;

    /// <summary>The llama.cpp chat-template family (see <see cref="ChatTemplateDetector"/>).</summary>
    public required string ChatTemplateFamily { get; init; }

    /// <summary><c>general.file_type</c>, when present.</summary>
    public long? FileType { get; init; }

    /// <summary>The file type's name, e.g. <c>Q4_K - Medium</c>; null when the file does not say.</summary>
    public string? FileTypeName { get; init; }

    /// <summary>Tensor types by bytes, largest first.</summary>
    public required IReadOnlyList<TensorTypeStatistics> TensorTypes { get; init; }

    /// <summary>Whether this is AgentHost's random-weight demo model (<c>agenthost.demo</c>).</summary>
    public bool IsDemo { get; init; }

    public string? DemoSize { get; init; }

    public long? DemoSeed { get; init; }

    /// <summary>Weights of each repeating layer llama.cpp loads, in order.</summary>
    public required IReadOnlyList<LayerWeights> Layers { get; init; }

    /// <summary>The token embedding, which llama.cpp always keeps in CPU RAM.</summary>
    public long InputBytes { get; init; }

    /// <summary>The output norm and head, on the GPU whenever <c>n_gpu_layers</c> ≥ 1.</summary>
    public long OutputBytes { get; init; }

    /// <summary>Tensors of multi-token-prediction layers, which are not loaded.</summary>
    public long UnusedBytes { get; init; }

    /// <summary>KV-cache bytes per token of context over all layers, with an F16 cache.</summary>
    public long KvCacheBytesPerToken { get; init; }
}
