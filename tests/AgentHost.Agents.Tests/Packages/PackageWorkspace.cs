using AgentHost.Agents.Packages;

namespace AgentHost.Agents.Tests.Packages;

/// <summary>A temporary repo layout (agents/, prompts/, safety/) with one scaffolded package to break in tests.</summary>
internal sealed class PackageWorkspace : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("agenthost-packages-");

    public PackageWorkspace(string id = "demo-agent")
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "prompts"));
        File.WriteAllText(Path.Combine(_root.FullName, "prompts", "safety.zh.md"), "不提供诊断或处方。");
        File.WriteAllText(Path.Combine(_root.FullName, "prompts", "safety.en.md"), "No diagnoses or prescriptions.");
        var sharedSafety = Directory.CreateDirectory(Path.Combine(_root.FullName, "safety"));
        foreach (var lexicon in Directory.EnumerateFiles(RepoPaths.SharedSafety, "*.yaml"))
        {
            File.Copy(lexicon, Path.Combine(sharedSafety.FullName, Path.GetFileName(lexicon)));
        }

        AgentsDirectory = Path.Combine(_root.FullName, "agents");
        Directory.CreateDirectory(AgentsDirectory);
        Context = PackageLoadContext.ForAgentsDirectory(AgentsDirectory, new HashSet<string>(StringComparer.Ordinal) { "growth_assess", "inr_check" });
        Id = id;
        PackageScaffolder.Create(AgentsDirectory, id, Context);
    }

    public string AgentsDirectory { get; }

    public PackageLoadContext Context { get; }

    public string Id { get; }

    public string PackageDirectory => Path.Combine(AgentsDirectory, Id);

    public string ManifestPath => Path.Combine(PackageDirectory, "agent.yaml");

    public string Manifest
    {
        get => File.ReadAllText(ManifestPath);
        set => File.WriteAllText(ManifestPath, value);
    }

    public void Edit(string find, string replace)
    {
        var text = Manifest;
        Assert.Contains(find, text, StringComparison.Ordinal);
        Manifest = text.Replace(find, replace, StringComparison.Ordinal);
    }

    public IReadOnlyList<PackageProblem> Problems() => AgentPackageLoader.TryLoad(PackageDirectory, Context).Problems;

    public int LineOf(string text) => Manifest.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose() => _root.Delete(recursive: true);
}
