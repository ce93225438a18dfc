namespace AgentHost.Cli;

/// <summary>What <c>agenthost bench</c> measured.</summary>
internal sealed record BenchResult(
    int PromptTokens,
    int GeneratedTokens,
    double PromptTokensPerSecond,
    double DecodeTokensPerSecond,
    IReadOnlyList<AggregateResult> Aggregate);
