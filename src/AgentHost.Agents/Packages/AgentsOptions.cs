namespace AgentHost.Agents.Packages;

/// <summary>The <c>Agents</c> configuration section.</summary>
public sealed class AgentsOptions
{
    public const string SectionName = "Agents";

    /// <summary>The folder of agent packages; its parent holds the shared prompts/ and safety/ folders.</summary>
    public string Directory { get; set; } = "agents";

    /// <summary>Reload a package when its files change (a broken edit keeps the last good version).</summary>
    public bool HotReload { get; set; } = true;
}
