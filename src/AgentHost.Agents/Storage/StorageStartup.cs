using Microsoft.Extensions.Hosting;

namespace AgentHost.Agents.Storage;

/// <summary>Opens and migrates the database when the host starts, so a broken one stops it before it serves.</summary>
internal sealed class StorageStartup(AgentStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
