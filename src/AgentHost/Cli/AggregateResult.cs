namespace AgentHost.Cli;

/// <summary>Aggregate generation speed with this many requests at once.</summary>
internal sealed record AggregateResult(int Concurrency, double TokensPerSecond, long DecodeCalls);
