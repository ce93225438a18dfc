namespace AgentHost.Tests;

/// <summary>Finds the repository root (the folder holding AgentHost.sln) from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Copies a folder of the repository (recursively) into a test workspace.</summary>
    public static void CopyTo(string relative, string target)
    {
        var source = PathOf(relative);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentHost.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentHost.sln above {AppContext.BaseDirectory}");
    }
}
