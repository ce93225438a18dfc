using System.Reflection;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Storage;
using AgentHost.Inference.Hosting;

namespace AgentHost.Endpoints;

/// <summary><c>/healthz</c> (the process answers), <c>/readyz</c> (it can serve turns) and <c>/api/info</c>.</summary>
internal static class HealthEndpoints
{
    public const string DemoWarning =
        "WARNING: this host serves the random-weight DEMO model; its answers are noise. Set Inference:ModelPath to a real GGUF model.";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapGet("/readyz", ReadyAsync);
        app.MapGet("/api/info", Info);
        return app;
    }

    private static async Task<IResult> ReadyAsync(InferenceRuntime inference, AgentCatalog catalog, ConversationStore conversations, CancellationToken cancellationToken)
    {
        var modelLoaded = inference.Engine is not null;
        bool storesReachable;
        try
        {
            await conversations.GetSessionAsync(Guid.Empty.ToString("D"), cancellationToken).ConfigureAwait(false);
            storesReachable = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            storesReachable = false;
        }

        var agents = catalog.Packages.Count;
        var ready = modelLoaded && storesReachable && agents > 0;
        return TypedResults.Json(new Readiness(ready ? "ready" : "not_ready", modelLoaded, storesReachable, agents),
            ServerJsonContext.Default.Readiness, statusCode: ready ? 200 : 503);
    }

    private static IResult Info(InferenceRuntime inference, AgentCatalog catalog)
    {
        var engine = inference.RequireEngine();
        var model = engine.Model.Info;
        var version = typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return TypedResults.Json(
            new ServerInfo(
                version.Split('+')[0],
                new ServedModel(model.Name, model.Architecture, model.Parameters, engine.ContextTokensPerSequence),
                model.IsDemo,
                model.IsDemo ? DemoWarning : null,
                [.. catalog.Packages.Select(p => p.Id)]),
            ServerJsonContext.Default.ServerInfo);
    }
}
