namespace AgentHost.Agents.Evaluation;

/// <summary>A case's outcome: its id and labels, the slowest turn, and every check. No answer text is kept.</summary>
public sealed record CaseResult(string Id, bool RedTeam, string Category, long LatencyMs, IReadOnlyList<CheckResult> Checks);
