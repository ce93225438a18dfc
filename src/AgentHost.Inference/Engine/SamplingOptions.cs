namespace AgentHost.Inference.Engine;

/// <summary>How the next token is chosen. Temperature 0 means greedy (deterministic).</summary>
public sealed record SamplingOptions
{
    public static SamplingOptions Greedy { get; } = new() { Temperature = 0 };

    public float Temperature { get; init; } = 0.7f;

    /// <summary>0 disables top-k.</summary>
    public int TopK { get; init; } = 40;

    /// <summary>1 disables top-p.</summary>
    public float TopP { get; init; } = 0.95f;

    /// <summary>0 disables min-p.</summary>
    public float MinP { get; init; } = 0.05f;

    /// <summary>1 disables the repetition penalty.</summary>
    public float RepeatPenalty { get; init; } = 1.0f;

    /// <summary>How many recent tokens the repetition penalty looks at.</summary>
    public int RepeatLastN { get; init; } = 64;

    /// <summary>Seed of the random sampler; null picks one per request.</summary>
    public uint? Seed { get; init; }

    /// <summary>Never end on an end-of-generation token (benchmarks that must produce an exact token count).</summary>
    public bool IgnoreEndOfGeneration { get; init; }

    public bool IsGreedy => Temperature <= 0;
}
