namespace AgentHost.Inference.Gguf;

/// <summary>
/// Hyperparameters of a demo model: the Ling 2.0 (<c>bailingmoe2</c>) layout of AntAngelMed scaled down. Layer 0 is
/// dense, the others are mixture-of-experts with sigmoid routing over expert groups, one shared expert, QK-norm, and
/// rotary embeddings on half of each head.
/// </summary>
public sealed record DemoModelSpec
{
    public required DemoModelSize Size { get; init; }

    public required int EmbeddingLength { get; init; }

    public required int LayerCount { get; init; }

    /// <summary>Layers at the start with a dense feed-forward block instead of experts.</summary>
    public int LeadingDenseLayerCount { get; init; } = 1;

    public required int HeadCount { get; init; }

    public required int KvHeadCount { get; init; }

    /// <summary>Dimensions per attention head; <see cref="HeadCount"/> × this = <see cref="EmbeddingLength"/>.</summary>
    public required int HeadDimension { get; init; }

    /// <summary>Rotated dimensions per head: half of the head, as Ling 2.0's partial_rotary_factor 0.5.</summary>
    public int RopeDimensionCount => HeadDimension / 2;

    /// <summary>Hidden size of the dense feed-forward block.</summary>
    public required int FeedForwardLength { get; init; }

    public required int ExpertCount { get; init; }

    public required int ExpertUsedCount { get; init; }

    public int SharedExpertCount { get; init; } = 1;

    /// <summary>Hidden size of one routed expert.</summary>
    public required int ExpertFeedForwardLength { get; init; }

    /// <summary>Hidden size of the shared expert(s) together.</summary>
    public required int SharedExpertFeedForwardLength { get; init; }

    /// <summary>Experts are routed in groups, as AntAngelMed's n_group (8) and topk_group (4).</summary>
    public required int ExpertGroupCount { get; init; }

    public required int ExpertGroupUsedCount { get; init; }

    /// <summary>Ling 2.0's routed_scaling_factor.</summary>
    public float ExpertWeightsScale { get; init; } = 2.5f;

    public int ContextLength { get; init; } = 32768;

    public float RopeFreqBase { get; init; } = 600000f;

    public float RmsNormEpsilon { get; init; } = 1e-6f;

    /// <summary>Encoding of <c>token_embd</c> and <c>output</c>.</summary>
    public GgmlType VocabularyMatrixType { get; init; } = GgmlType.Q8_0;

    /// <summary>Encoding of attention, feed-forward and expert matrices.</summary>
    public required GgmlType MatrixType { get; init; }

    /// <summary><c>general.file_type</c> (llama_ftype): 7 = mostly Q8_0.</summary>
    public uint FileType { get; init; } = 7;

    public int MoeLayerCount => LayerCount - LeadingDenseLayerCount;

    /// <summary>Width of the fused QKV projection: all query heads, then the key and value heads.</summary>
    public int QkvLength => (HeadCount + (2 * KvHeadCount)) * HeadDimension;

    public static DemoModelSpec For(DemoModelSize size) => size switch
    {
        DemoModelSize.Tiny => new DemoModelSpec
        {
            Size = size,
            EmbeddingLength = 64,
            LayerCount = 3,
            HeadCount = 4,
            KvHeadCount = 2,
            HeadDimension = 16,
            FeedForwardLength = 256,
            ExpertCount = 8,
            ExpertUsedCount = 2,
            ExpertFeedForwardLength = 64,
            SharedExpertFeedForwardLength = 64,
            ExpertGroupCount = 4,
            ExpertGroupUsedCount = 2,
            MatrixType = GgmlType.F16,
        },
        DemoModelSize.Small => new DemoModelSpec
        {
            Size = size,
            EmbeddingLength = 512,
            LayerCount = 20,
            HeadCount = 8,
            KvHeadCount = 2,
            HeadDimension = 64,
            FeedForwardLength = 2048,
            ExpertCount = 128,
            ExpertUsedCount = 8,
            ExpertFeedForwardLength = 224,
            SharedExpertFeedForwardLength = 224,
            ExpertGroupCount = 8,
            ExpertGroupUsedCount = 4,
            MatrixType = GgmlType.Q8_0,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown demo model size."),
    };
}
