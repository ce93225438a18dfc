namespace AgentHost.Agents.Runtime;

/// <summary>Text of the answer, already checked by the post-gate.</summary>
public sealed record TokenEvent(string Text) : TurnEvent
{
    public override string Type => "token";
}
