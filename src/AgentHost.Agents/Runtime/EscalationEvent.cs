using AgentHost.Agents.Safety;

namespace AgentHost.Agents.Runtime;

/// <summary>
/// The pre-gate escalated: the fixed script was sent instead of a model answer, with the numbers it names (for
/// tap-to-call) and the hospital's contact.
/// </summary>
public sealed record EscalationEvent(string Kind, string Script, IReadOnlyList<Hotline> Hotlines, string HospitalContact) : TurnEvent
{
    public override string Type => "escalation";
}
