namespace AgentHost.Tests.Deployment;

/// <summary>The recipe for hosts without containers: deploy/publish.sh and the hardened systemd unit.</summary>
public sealed class HostDeploymentTests
{
    [Fact]
    public async Task Publish_script_is_valid_bash()
    {
        var bash = await DebianTools.EnsureAsync("bash", "bash");
        var result = await ExternalProcess.RunAsync(bash, ["-n", RepositoryFiles.PathOf("deploy/publish.sh")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var script = RepositoryFiles.Read("deploy/publish.sh");
        Assert.Contains("--self-contained true", script, StringComparison.Ordinal);
        Assert.Contains("-r linux-x64", script, StringComparison.Ordinal);
        Assert.Contains("native/fetch.sh", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Systemd_unit_runs_as_a_dedicated_user_and_writes_only_its_state_directory()
    {
        var unit = RepositoryFiles.Read("deploy/systemd/agenthost.service").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("User=agenthost", unit);
        Assert.Contains("ProtectSystem=strict", unit);
        Assert.Contains("ReadWritePaths=/var/lib/agenthost", unit);
        Assert.Contains("StateDirectory=agenthost", unit);
        Assert.Contains("NoNewPrivileges=yes", unit);
        Assert.Contains("ProtectHome=yes", unit);
        Assert.Contains("PrivateTmp=yes", unit);
        Assert.Contains("CapabilityBoundingSet=", unit);
        Assert.Contains("ExecStart=/opt/agenthost/AgentHost serve", unit);
        Assert.Contains("Environment=Storage__DataDirectory=/var/lib/agenthost", unit);
        Assert.Contains("Environment=Urls=http://127.0.0.1:5080", unit);
    }

    [Fact]
    public async Task Systemd_unit_passes_systemd_analyze_verify()
    {
        var analyze = await DebianTools.EnsureAsync("systemd-analyze", "systemd");
        // verify insists that ExecStart exists; the unit is checked as written with a stand-in executable.
        var directory = Directory.CreateTempSubdirectory("agenthost-unit-");
        try
        {
            var unit = Path.Combine(directory.FullName, "agenthost.service");
            var text = (await File.ReadAllTextAsync(RepositoryFiles.PathOf("deploy/systemd/agenthost.service")))
                .Replace("ExecStart=/opt/agenthost/AgentHost", "ExecStart=/bin/true", StringComparison.Ordinal);
            await File.WriteAllTextAsync(unit, text);

            var result = await ExternalProcess.RunAsync(analyze, ["verify", unit]);

            // systemd-analyze exits 0 on settings it ignores; what it says on stderr is the real verdict.
            Assert.True(result.ExitCode == 0 && result.Error.Trim().Length == 0, result.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Deployment_guide_is_linked_from_the_readme_and_covers_what_it_must()
    {
        Assert.Contains("docs/DEPLOYMENT.md", RepositoryFiles.Read("README.md"), StringComparison.Ordinal);
        var guide = RepositoryFiles.Read("docs/DEPLOYMENT.md");
        foreach (var topic in new[]
        {
            "models inspect", "--gpu-memory-gib", "ExpertsOnCpuLayers", "docker save", "docker load", ".backup",
            "/readyz", "/api/info", "Server:ApiKeys", "deploy/publish.sh", "compose.gpu.yaml", "Rollback",
        })
        {
            Assert.Contains(topic, guide, StringComparison.Ordinal);
        }
    }
}
