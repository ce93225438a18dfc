namespace AgentHost.Agents.Packages;

/// <summary>What a package may refer to outside itself: shared prompt fragments, shared lexicons, tool names.</summary>
public sealed record PackageLoadContext(string SharedPromptsDirectory, string SharedSafetyDirectory, IReadOnlySet<string> KnownTools)
{
    /// <summary>The shared folders next to an agents folder (repo layout: agents/, prompts/, safety/).</summary>
    public static PackageLoadContext ForAgentsDirectory(string agentsDirectory, IReadOnlySet<string> knownTools)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(agentsDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return new PackageLoadContext(Path.Combine(root, "prompts"), Path.Combine(root, "safety"), knownTools);
    }
}
