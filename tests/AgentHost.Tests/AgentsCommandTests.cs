namespace AgentHost.Tests;

public sealed class AgentsCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("agenthost-agents-cli-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Every_package_in_the_repository_validates()
    {
        var result = await CommandRunner.RunAsync(null, "agents", "validate", RepositoryFiles.PathOf("agents"));
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("ok    adolescent-companion", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok    cardiac-valve-followup", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok    child-growth", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 valid, 0 invalid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_scaffolds_a_valid_package_and_validate_reports_a_broken_one_with_file_and_line()
    {
        var agents = Path.Combine(_work.FullName, "agents");
        RepositoryFiles.CopyTo("safety", Path.Combine(_work.FullName, "safety"));
        RepositoryFiles.CopyTo("prompts", Path.Combine(_work.FullName, "prompts"));

        var created = await CommandRunner.RunAsync(null, "agents", "new", "ward-nurse", "--dir", agents);
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, (await CommandRunner.RunAsync(null, "agents", "validate", agents)).ExitCode);

        var manifest = Path.Combine(agents, "ward-nurse", "agent.yaml");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("tools: []", "tools: [magic_tool]", StringComparison.Ordinal));
        var broken = await CommandRunner.RunAsync(null, "agents", "validate", agents);
        Assert.Equal(1, broken.ExitCode);
        Assert.Matches(@"ward-nurse/agent.yaml:\d+: unknown tool 'magic_tool'", broken.Error);

        var again = await CommandRunner.RunAsync(null, "agents", "new", "ward-nurse", "--dir", agents);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
    }
}
