using AgentHost.Agents.Packages;
using AgentHost.Hosting;
using AgentHost.Knowledge;
using Microsoft.Extensions.Options;

namespace AgentHost.Endpoints;

/// <summary>
/// Operator endpoints: reload an agent package now (a broken package keeps the last good version and the answer
/// lists its problems), and re-ingest an agent's knowledge folder. Admin scope only.
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin");
        admin.MapPost("/agents/{agentId}/reload", Reload);
        admin.MapPost("/agents/{agentId}/ingest", IngestAsync);
        return app;
    }

    private static IResult Reload(string agentId, HttpContext context, AgentCatalog catalog, IOptions<ServerOptions> options)
    {
        RequestChecks.RequireAdmin(context, options.Value);
        var agent = RequestChecks.Agent(catalog, agentId);
        var reloaded = catalog.TryReload(agent.Id, out var problems);
        catalog.TryGet(agent.Id, out var serving);
        return TypedResults.Json(
            new PackageReloaded(agent.Id, reloaded, serving.Manifest.Version, serving.ContentHash, [.. problems.Select(p => p.ToString())]),
            ServerJsonContext.Default.PackageReloaded);
    }

    private static async Task<IResult> IngestAsync(string agentId, HttpContext context, AgentCatalog catalog, IKnowledgeStore store, IOptions<ServerOptions> options)
    {
        RequestChecks.RequireAdmin(context, options.Value);
        var agent = RequestChecks.Agent(catalog, agentId);
        if (agent.KnowledgeDirectory is null)
        {
            throw new ApiRequestException("no_knowledge", "This agent has no knowledge folder.", 400);
        }

        var result = await store.IngestDirectoryAsync(agent.KnowledgeDirectory, agent.KnowledgeCollection, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(new KnowledgeIngested(agent.Id, agent.KnowledgeCollection, result.Added, result.Updated, result.Unchanged, result.Removed), ServerJsonContext.Default.KnowledgeIngested);
    }
}
