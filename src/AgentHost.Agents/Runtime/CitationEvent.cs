namespace AgentHost.Agents.Runtime;

/// <summary>A knowledge document the answer cites as [n].</summary>
public sealed record CitationEvent(int Number, string DocumentId, string Title, string Section, string Source, string? Date) : TurnEvent
{
    public override string Type => "citation";
}
