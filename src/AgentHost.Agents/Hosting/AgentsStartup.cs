using AgentHost.Agents.Packages;
using AgentHost.Agents.Storage;
using AgentHost.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentHost.Agents.Hosting;

/// <summary>
/// When the host starts: audits which package versions are served and brings each agent's knowledge collection in
/// step with its <c>knowledge/</c> folder (unchanged files are skipped, so a restart costs little); a package that
/// hot-reloads is re-ingested the same way.
/// </summary>
internal sealed class AgentsStartup(AgentCatalog catalog, AgentStorage storage, ILogger<AgentsStartup> logger, IKnowledgeStore? knowledge = null) : IHostedService
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
            await IngestAsync(package, failHard: true, cancellationToken).ConfigureAwait(false);
        }

        // After a hot reload a failed ingestion is logged; the agent keeps answering from what it had.
        catalog.Reloaded += package => _ = IngestAsync(package, failHard: false, CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        catalog.Dispose();
        return Task.CompletedTask;
    }

    private async Task IngestAsync(AgentPackage package, bool failHard, CancellationToken cancellationToken)
    {
        if (knowledge is null || package.KnowledgeDirectory is null)
        {
            return;
        }

        try
        {
            var result = await knowledge.IngestDirectoryAsync(package.KnowledgeDirectory, package.KnowledgeCollection, cancellationToken).ConfigureAwait(false);
            AgentsLog.KnowledgeIngested(logger, package.Id, result.Added, result.Updated, result.Unchanged, result.Removed);
        }
        catch (KnowledgeException ex)
        {
            AgentsLog.KnowledgeIngestFailed(logger, package.Id, ex.Code);
            if (failHard)
            {
                throw;
            }
        }
    }
}
