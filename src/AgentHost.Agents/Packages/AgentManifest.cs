namespace AgentHost.Agents.Packages;

/// <summary><c>agent.yaml</c>, schema 1 (docs/AGENT-AUTHORING.md). Unknown keys are rejected by the loader.</summary>
public sealed class AgentManifest
{
    public int Schema { get; init; }

    public string Id { get; init; } = "";

    public string Version { get; init; } = "";

    public Dictionary<string, string> Name { get; init; } = [];

    public Dictionary<string, string> Description { get; init; } = [];

    public Dictionary<string, string> Greeting { get; init; } = [];

    public string DefaultLocale { get; init; } = "zh";

    public AudienceSection Audience { get; init; } = new();

    public ModelSection Model { get; init; } = new();

    public PromptsSection Prompts { get; init; } = new();

    public List<string> Tools { get; init; } = [];

    public KnowledgeSection? Knowledge { get; init; }

    public SafetySection Safety { get; init; } = new();

    public string? Evals { get; init; }
}
