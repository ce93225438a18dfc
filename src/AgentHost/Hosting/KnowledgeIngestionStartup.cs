using AgentHost.Agents.Packages;
using AgentHost.Knowledge;

namespace AgentHost.Hosting;

/// <summary>
/// Brings each agent's knowledge collection in step with its <c>knowledge/</c> folder when the host starts
/// (unchanged files are skipped by the store, so a restart costs little).
/// </summary>
internal sealed class KnowledgeIngestionStartup(AgentCatalog catalog, IKnowledgeStore store, ILogger<KnowledgeIngestionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var package in catalog.Packages.Where(p => p.KnowledgeDirectory is not null && Directory.Exists(p.KnowledgeDirectory)))
        {
            var result = await store.IngestDirectoryAsync(package.KnowledgeDirectory!, package.KnowledgeCollection, cancellationToken).ConfigureAwait(false);
            ServerLog.KnowledgeIngested(logger, package.Id, package.KnowledgeCollection, result.Documents, result.Added, result.Updated, result.Unchanged, result.Removed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
