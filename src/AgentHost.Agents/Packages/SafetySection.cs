namespace AgentHost.Agents.Packages;

/// <summary>The package's safety policy file and its disclaimer per locale.</summary>
public sealed class SafetySection
{
    public string Policy { get; init; } = "";

    public Dictionary<string, string> Disclaimer { get; init; } = [];
}
