namespace AgentHost.Agents.Packages;

/// <summary>Generation settings of the agent.</summary>
public sealed class ModelSection
{
    public float Temperature { get; init; } = 0.3f;

    public int MaxTokens { get; init; } = 800;
}
