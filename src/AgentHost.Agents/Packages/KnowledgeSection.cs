namespace AgentHost.Agents.Packages;

/// <summary>The agent's knowledge collection and where its documents are.</summary>
public sealed class KnowledgeSection
{
    public string? Collection { get; init; }

    public string Sources { get; init; } = "knowledge/";

    public int TopK { get; init; } = 4;
}
