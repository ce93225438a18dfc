namespace AgentHost.Agents.Evaluation;

/// <summary>One check of one case: <see cref="Key"/> is stable across runs (e.g. <c>must_include[1]</c>), for baselines.</summary>
public sealed record CheckResult(string Key, string Type, EvalStatus Status, string Detail);
