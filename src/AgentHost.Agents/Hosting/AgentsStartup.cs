using AgentHost.Agents.Packages;
using AgentHost.Agents.Storage;
using Microsoft.Extensions.Hosting;

namespace AgentHost.Agents.Hosting;

/// <summary>Loads and validates every package when the host starts, and audits which versions are served.</summary>
internal sealed class AgentsStartup(AgentCatalog catalog, AgentStorage storage) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var package in catalog.Packages)
        {
            await storage.Audit.AppendAsync(new AuditEntry(AuditEventTypes.PackageLoaded, package.Id, Details: new Dictionary<string, string>
            {
                ["version"] = package.Manifest.Version,
                ["content"] = package.ContentHash,
            }), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        catalog.Dispose();
        return Task.CompletedTask;
    }
}
