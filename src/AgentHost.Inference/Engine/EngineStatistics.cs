namespace AgentHost.Inference.Engine;

/// <summary>A snapshot of the engine's counters (also exported as OpenTelemetry metrics).</summary>
public sealed record EngineStatistics
{
    public int QueuedRequests { get; init; }

    public int ActiveSequences { get; init; }

    public int MaxSequences { get; init; }

    public long DecodeCalls { get; init; }

    public long PromptTokens { get; init; }

    public long GeneratedTokens { get; init; }

    public long CompletedRequests { get; init; }

    public long CancelledRequests { get; init; }

    public long FailedRequests { get; init; }

    public long RejectedBusy { get; init; }

    /// <summary>KV cells reserved by admitted requests (prompt + max tokens each).</summary>
    public int ReservedContextTokens { get; init; }
}
