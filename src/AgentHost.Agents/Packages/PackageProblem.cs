namespace AgentHost.Agents.Packages;

/// <summary>One thing wrong with a package: the file (relative to the agents folder), the line (0 = whole file), why.</summary>
public sealed record PackageProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
