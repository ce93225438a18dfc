using AgentHost.Agents.Packages;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Agents.Tests.Packages;

public sealed class AgentCatalogTests : IDisposable
{
    private readonly PackageWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_changed_package_reloads_and_a_broken_edit_keeps_the_last_good_version()
    {
        using var catalog = AgentCatalog.Load(_workspace.AgentsDirectory, _workspace.Context, NullLogger.Instance, watch: true);
        var reloaded = new List<AgentPackage>();
        catalog.Reloaded += p => { lock (reloaded) { reloaded.Add(p); } };

        _workspace.Edit("zh: 新助手", "zh: 生长助手");
        await WaitForAsync(() => catalog.TryGet("demo-agent", out var p) && p.Manifest.Name["zh"] == "生长助手");
        Assert.Equal("生长助手", Get(catalog).Manifest.Name["zh"]);

        _workspace.Edit("schema: 1", "schema: 9");
        await Task.Delay(1000);
        Assert.Equal("生长助手", Get(catalog).Manifest.Name["zh"]);

        _workspace.Edit("schema: 9", "schema: 1");
        _workspace.Edit("zh: 生长助手", "zh: 儿童生长助手");
        await WaitForAsync(() => Get(catalog).Manifest.Name["zh"] == "儿童生长助手");
        Assert.Equal("儿童生长助手", Get(catalog).Manifest.Name["zh"]);
        lock (reloaded)
        {
            Assert.True(reloaded.Count >= 2);
        }
    }

    [Fact]
    public void Loading_fails_at_start_when_any_package_is_invalid()
    {
        _workspace.Edit("version: 0.1.0", "version: one");
        var error = Assert.Throws<AgentPackageException>(() => AgentCatalog.Load(_workspace.AgentsDirectory, _workspace.Context, NullLogger.Instance, watch: false));
        Assert.Contains(error.Problems, p => p.Message.StartsWith("version must be", StringComparison.Ordinal));
    }

    private static AgentPackage Get(AgentCatalog catalog) =>
        catalog.TryGet("demo-agent", out var package) ? package : throw new InvalidOperationException("missing");

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
