using AgentHost.Agents.Storage;
using Microsoft.Extensions.Hosting;

namespace AgentHost.Agents.Tests.Storage;

/// <summary>A hosted service that audits as it starts, as the package loader does.</summary>
internal sealed class AuditingStartup(AuditLog audit) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(AuditEventTypes.PackageLoaded, "child-growth"), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
