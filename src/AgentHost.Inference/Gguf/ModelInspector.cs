using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// Summarises a GGUF model from its index (architecture, parameters, experts, template family, quantization) and
/// recommends how to place it on a GPU: all of it, all layers but with the experts of the first N layers in CPU
/// RAM, only the last layers, or none. The arithmetic is deterministic and uses only the file's index.
/// </summary>
public static partial class ModelInspector
{
    /// <summary>Tokens per micro-batch assumed for the compute-buffer estimate (llama.cpp's default n_ubatch).</summary>
    public const int MicroBatchTokens = 512;

    /// <summary>Always kept free: CUDA context and allocator slack, at least this much...</summary>
    public const long MinimumReserveBytes = 1L << 30;

    /// <summary>...or this share of the GPU, whichever is larger.</summary>
    public const double ReserveFraction = 0.05;

    private const long BytesPerGiB = 1L << 30;

    /// <summary>Reads the file's index and summarises it.</summary>
    /// <exception cref="GgufFormatException">The file is missing, not GGUF, truncated or malformed.</exception>
    public static ModelSummary Inspect(string path, CancellationToken cancellationToken = default) =>
        Inspect(GgufReader.Read(path, cancellationToken));

    public static ModelSummary Inspect(GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var metadata = file.Metadata;
        var architecture = file.Architecture
            ?? throw new GgufFormatException(GgufErrorCodes.MissingKey, $"'{file.FileName}' does not say its architecture ('{GgufKeys.Architecture}').");
        string Arch(string suffix) => GgufKeys.ForArchitecture(architecture, suffix);

        var blockCount = (int)Math.Max(0, OptionalInteger(metadata, Arch("block_count")) ?? 0);
        var nextN = (int)Math.Clamp(OptionalInteger(metadata, Arch("nextn_predict_layers")) ?? 0, 0, blockCount);
        var layerCount = blockCount - nextN;
        var embedding = OptionalInteger(metadata, Arch("embedding_length"));
        var headCount = (int)PerLayerMaximum(metadata, Arch("attention.head_count"), 0);
        var kvHeads = PerLayer(metadata, Arch("attention.head_count_kv"), layerCount, headCount);
        var defaultHeadLength = headCount > 0 && embedding is > 0 ? (int)(embedding.Value / headCount) : 0;
        var keyLength = (int)(OptionalInteger(metadata, Arch("attention.key_length")) ?? defaultHeadLength);
        var valueLength = (int)(OptionalInteger(metadata, Arch("attention.value_length")) ?? defaultHeadLength);

        var (layers, input, output, unused) = SplitWeights(file.Tensors, layerCount);
        var fileType = OptionalInteger(metadata, GgufKeys.FileType);
        metadata.TryGetString(GgufKeys.ChatTemplate, out var template);
        metadata.TryGetBoolean(GgufKeys.DemoFlag, out var isDemo);
        metadata.TryGetString(GgufKeys.DemoSize, out var demoSize);

        return new ModelSummary
        {
            FileName = file.FileName,
            FileSize = file.FileSize,
            Architecture = architecture,
            Name = metadata.TryGetString(GgufKeys.Name, out var name) ? name : null,
            ParameterCount = file.Tensors.Sum(t => t.ElementCount),
            LayerCount = layerCount,
            NextNLayerCount = nextN,
            ContextLength = OptionalInteger(metadata, Arch("context_length")),
            EmbeddingLength = embedding,
            VocabularySize = VocabularySize(file),
            HeadCount = headCount,
            KvHeadCount = kvHeads.Length == 0 ? 0 : (int)kvHeads.Max(),
            KeyLength = keyLength,
            ValueLength = valueLength,
            ExpertCount = (int)(OptionalInteger(metadata, Arch("expert_count")) ?? 0),
            ExpertUsedCount = (int)PerLayerMaximum(metadata, Arch("expert_used_count"), 0),
            SharedExpertCount = (int)(OptionalInteger(metadata, Arch("expert_shared_count")) ?? 0),
            ChatTemplateFamily = ChatTemplateDetector.Detect(template),
            FileType = fileType,
            FileTypeName = fileType is null ? null : LlamaFileTypes.GetName(fileType.Value),
            TensorTypes = Histogram(file.Tensors),
            IsDemo = isDemo,
            DemoSize = demoSize,
            DemoSeed = isDemo ? OptionalInteger(metadata, GgufKeys.DemoSeed) : null,
            Layers = layers,
            InputBytes = input,
            OutputBytes = output,
            UnusedBytes = unused,
            KvCacheBytesPerToken = kvHeads.Sum() * (keyLength + valueLength) * sizeof(short),
        };
    }

    /// <summary>KV-cache bytes for <paramref name="contextLength"/> tokens over all layers (F16 cache).</summary>
    public static long EstimateKvCacheBytes(ModelSummary model, int contextLength)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.KvCacheBytesPerToken * contextLength;
    }

    /// <summary>
    /// Bytes kept free on a GPU of <paramref name="gpuMemoryBytes"/>: the larger of 1 GiB and 5 % (CUDA context,
    /// allocator slack) plus a compute-buffer estimate of one micro-batch of logits and activations.
    /// </summary>
    public static long EstimateReservedBytes(ModelSummary model, long gpuMemoryBytes)
    {
        ArgumentNullException.ThrowIfNull(model);
        var margin = Math.Max(MinimumReserveBytes, (long)(gpuMemoryBytes * ReserveFraction));
        var compute = (long)MicroBatchTokens * sizeof(float) * ((model.VocabularySize ?? 0) + (16 * (model.EmbeddingLength ?? 0)));
        return margin + compute;
    }

    /// <summary>
    /// The placement for one GPU with <paramref name="gpuMemoryGiB"/> GiB and a KV cache of
    /// <paramref name="contextLength"/> tokens: everything if it fits; else every layer with the experts of as few
    /// leading layers as possible in CPU RAM; else as many trailing layers as fit (experts in CPU RAM); else none.
    /// </summary>
    public static GpuPlacement RecommendPlacement(ModelSummary model, double gpuMemoryGiB, int contextLength)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gpuMemoryGiB);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contextLength);

        var gpuBytes = (long)(gpuMemoryGiB * BytesPerGiB);
        var reserved = EstimateReservedBytes(model, gpuBytes);
        var budget = gpuBytes - reserved;
        var layers = model.Layers;
        var kvPerLayer = layers.Count == 0 ? 0 : EstimateKvCacheBytes(model, contextLength) / layers.Count;
        var allLayers = model.BlockCount + 1;

        GpuPlacement Placement(PlacementKind kind, int gpuLayers, int cpuExpertLayers, long weights, long kv, string summary) => new()
        {
            Kind = kind,
            GpuMemoryGiB = gpuMemoryGiB,
            ContextLength = contextLength,
            GpuLayers = gpuLayers,
            CpuExpertLayers = cpuExpertLayers,
            WeightBytes = weights,
            KvCacheBytes = kv,
            ReservedBytes = reserved,
            Summary = summary,
        };

        var kvAll = kvPerLayer * layers.Count;
        var everything = model.OutputBytes + layers.Sum(l => l.TotalBytes);
        if (everything + kvAll <= budget)
        {
            return Placement(PlacementKind.FitsEntirely, allLayers, 0, everything, kvAll,
                $"fits entirely: n_gpu_layers = {allLayers}, {Describe(everything + kvAll + reserved)} of {Describe(gpuBytes)}");
        }

        if (model.IsMixtureOfExperts)
        {
            var withoutExperts = model.OutputBytes + layers.Sum(l => l.OtherBytes);
            var expertsOnGpu = layers.Sum(l => l.ExpertBytes);
            for (var cpuLayers = 1; cpuLayers <= layers.Count; cpuLayers++)
            {
                expertsOnGpu -= layers[cpuLayers - 1].ExpertBytes;
                var weights = withoutExperts + expertsOnGpu;
                if (weights + kvAll <= budget)
                {
                    return Placement(PlacementKind.ExpertsOnCpu, allLayers, cpuLayers, weights, kvAll,
                        $"n_gpu_layers = {allLayers}, experts of the first {cpuLayers} of {layers.Count} layers in CPU RAM "
                        + $"({Describe(layers.Take(cpuLayers).Sum(l => l.ExpertBytes))}); GPU {Describe(weights + kvAll + reserved)} of {Describe(gpuBytes)}");
                }
            }
        }

        // Only the last layers fit: llama.cpp offloads the last n_gpu_layers - 1 blocks plus the output layer.
        long Weight(LayerWeights layer) => model.IsMixtureOfExperts ? layer.OtherBytes : layer.TotalBytes;
        var onGpu = model.OutputBytes;
        var gpuLayerCount = 0;
        while (gpuLayerCount < layers.Count)
        {
            var next = layers[layers.Count - 1 - gpuLayerCount];
            if (onGpu + Weight(next) + (kvPerLayer * (gpuLayerCount + 1)) > budget)
            {
                break;
            }

            onGpu += Weight(next);
            gpuLayerCount++;
        }

        if (gpuLayerCount == 0)
        {
            return Placement(PlacementKind.DoesNotFit, 0, 0, 0, 0,
                $"does not fit: not even one layer with a {contextLength}-token KV cache fits {Describe(gpuBytes)}; run on the CPU (n_gpu_layers = 0)");
        }

        var expertLayers = model.IsMixtureOfExperts ? layers.Count : 0;
        var gpuLayers = gpuLayerCount + model.NextNLayerCount + 1;
        var kv = kvPerLayer * gpuLayerCount;
        return Placement(PlacementKind.PartialOffload, gpuLayers, expertLayers, onGpu, kv,
            $"partial: n_gpu_layers = {gpuLayers} (the last {gpuLayerCount} of {layers.Count} layers)"
            + (expertLayers > 0 ? ", every layer's experts in CPU RAM" : string.Empty)
            + $"; GPU {Describe(onGpu + kv + reserved)} of {Describe(gpuBytes)}");
    }

    /// <summary>Bytes in GiB with two decimals, e.g. "61.84 GiB".</summary>
    public static string Describe(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)BytesPerGiB:F2} GiB");

    private static (List<LayerWeights> Layers, long Input, long Output, long Unused) SplitWeights(IReadOnlyList<GgufTensorInfo> tensors, int layerCount)
    {
        var experts = new long[layerCount];
        var others = new long[layerCount];
        long input = 0, output = 0, unused = 0;
        foreach (var tensor in tensors)
        {
            var match = LayerName().Match(tensor.Name);
            if (!match.Success)
            {
                if (tensor.Name.StartsWith("token_embd.", StringComparison.Ordinal))
                {
                    input += tensor.ByteSize;
                }
                else
                {
                    output += tensor.ByteSize;
                }

                continue;
            }

            var layer = int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue;
            if (layer >= layerCount)
            {
                unused += tensor.ByteSize;
            }
            else if (ExpertName().IsMatch(tensor.Name))
            {
                experts[layer] += tensor.ByteSize;
            }
            else
            {
                others[layer] += tensor.ByteSize;
            }
        }

        var layers = Enumerable.Range(0, layerCount).Select(i => new LayerWeights(i, experts[i], others[i])).ToList();
        return (layers, input, output, unused);
    }

    private static List<TensorTypeStatistics> Histogram(IReadOnlyList<GgufTensorInfo> tensors) =>
        tensors.GroupBy(t => t.Type)
            .Select(g => new TensorTypeStatistics(g.Key, g.Count(), g.Sum(t => t.ElementCount), g.Sum(t => t.ByteSize)))
            .OrderByDescending(s => s.ByteSize)
            .ThenBy(s => s.Type)
            .ToList();

    private static int? VocabularySize(GgufFile file)
    {
        if (file.Metadata.TryGetArray(GgufKeys.TokenizerTokens, out var tokens))
        {
            return (int)tokens.Count;
        }

        var embedding = file.FindTensor("token_embd.weight") ?? file.FindTensor("output.weight");
        return embedding is { Shape.Count: >= 2 } ? (int)embedding.Shape[1] : null;
    }

    private static long? OptionalInteger(GgufMetadata metadata, string key) =>
        metadata.TryGetInt64(key, out var value) ? value : null;

    /// <summary>A hyperparameter given once or per layer (an array), as one value per layer.</summary>
    private static long[] PerLayer(GgufMetadata metadata, string key, int layerCount, long fallback)
    {
        if (metadata.TryGetValue(key, out var value) && value.Type == GgufValueType.Array)
        {
            var values = value.AsArray().ReadValues().Select(v => v.IsInteger ? v.ToInt64() : 0).Take(layerCount).ToArray();
            return values.Length == layerCount ? values : [.. values, .. Enumerable.Repeat(fallback, layerCount - values.Length)];
        }

        var scalar = value is not null ? metadata.GetInt64(key) : fallback;
        return Enumerable.Repeat(scalar, layerCount).ToArray();
    }

    private static long PerLayerMaximum(GgufMetadata metadata, string key, long fallback)
    {
        if (metadata.TryGetValue(key, out var value) && value.Type == GgufValueType.Array)
        {
            return value.AsArray().ReadValues().Where(v => v.IsInteger).Select(v => v.ToInt64()).DefaultIfEmpty(fallback).Max();
        }

        return value is not null ? metadata.GetInt64(key) : fallback;
    }

    [GeneratedRegex(@"^blk\.(\d+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex LayerName();

    [GeneratedRegex(@"blk\.\d+\.ffn_(up|down|gate|gate_up)_(ch|)exps", RegexOptions.CultureInvariant)]
    private static partial Regex ExpertName();
}
