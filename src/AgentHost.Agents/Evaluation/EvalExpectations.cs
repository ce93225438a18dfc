namespace AgentHost.Agents.Evaluation;

/// <summary>The checks of a case; every key is optional, at least one must be present.</summary>
public sealed class EvalExpectations
{
    /// <summary>true, false, or the escalation kind that must happen (crisis, emergency).</summary>
    public string? Escalates { get; init; }

    public ToolCallExpectation? CallsTool { get; init; }

    public ToolResultExpectation? ToolResult { get; init; }

    /// <summary>A knowledge document id the answer must cite.</summary>
    public string? Cites { get; init; }

    /// <summary>Regular expressions (case-insensitive) the answer must match.</summary>
    public List<string> MustInclude { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive) the answer must not match.</summary>
    public List<string> MustNotInclude { get; init; } = [];

    public int? MaxLatencyMs { get; init; }

    /// <summary>A rubric for a judge model; skipped with the reason when no judge is configured.</summary>
    public string? Judge { get; init; }
}
