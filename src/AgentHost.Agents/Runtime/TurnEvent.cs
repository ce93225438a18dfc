namespace AgentHost.Agents.Runtime;

/// <summary>Something a turn produces, in order: tokens, tool calls, citations, an escalation, then done.</summary>
public abstract record TurnEvent
{
    /// <summary>The SSE event name: token, tool, citation, escalation, done.</summary>
    public abstract string Type { get; }
}
