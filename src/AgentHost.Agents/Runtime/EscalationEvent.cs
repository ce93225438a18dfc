namespace AgentHost.Agents.Runtime;

/// <summary>The pre-gate escalated: the fixed script with hotlines was sent instead of a model answer.</summary>
public sealed record EscalationEvent(string Kind, string Script) : TurnEvent
{
    public override string Type => "escalation";
}
