namespace AgentHost.Agents.Tests;

/// <summary>Finds the repository root (the folder with AgentHost.sln) above the test binaries.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string Agents => Path.Combine(Root, "agents");

    public static string SharedSafety => Path.Combine(Root, "safety");

    public static string Package(string id) => Path.Combine(Agents, id);

    public static string TestFile(string name) => Path.Combine(Root, "tests", "AgentHost.Agents.Tests", "Safety", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentHost.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AgentHost.sln not found above " + AppContext.BaseDirectory);
    }
}
