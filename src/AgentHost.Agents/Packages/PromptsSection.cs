namespace AgentHost.Agents.Packages;

/// <summary>The system prompt per locale and the shared fragments appended to it.</summary>
public sealed class PromptsSection
{
    public Dictionary<string, string> System { get; init; } = [];

    public List<string> Include { get; init; } = [];
}
