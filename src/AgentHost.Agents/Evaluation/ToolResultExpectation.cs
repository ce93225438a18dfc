namespace AgentHost.Agents.Evaluation;

/// <summary><c>tool_result</c>: fields of a tool's JSON result and what they must be.</summary>
public sealed class ToolResultExpectation
{
    /// <summary>The tool whose result is checked (default: <c>calls_tool.name</c>, else <c>required_tool</c>).</summary>
    public string? Tool { get; init; }

    /// <summary>Result paths (e.g. <c>status</c>, <c>flags[0].code</c>) and what their values must be.</summary>
    public Dictionary<string, ValueConstraint> Fields { get; init; } = [];
}
