namespace AgentHost.Agents.Evaluation;

/// <summary>
/// A whole evaluation run, as written to report.json and compared against a baseline. It holds case ids, check
/// keys and short reasons, never answer text.
/// </summary>
public sealed record EvalReport(DateTimeOffset CreatedAt, ModelStamp Model, int? MaxOutputTokens, string? JudgeModel, IReadOnlyList<AgentEvalResult> Agents);
