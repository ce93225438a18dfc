namespace AgentHost.Agents.Evaluation;

/// <summary><c>calls_tool</c>: the tool the turn must call and constraints on the arguments the model chose.</summary>
public sealed class ToolCallExpectation
{
    public string Name { get; init; } = "";

    /// <summary>Argument paths (e.g. <c>readings[0].inr</c>) and what their values must be.</summary>
    public Dictionary<string, ValueConstraint> Arguments { get; init; } = [];
}
