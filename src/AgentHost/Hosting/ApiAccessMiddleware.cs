using System.Net;
using AgentHost.Endpoints;
using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

/// <summary>
/// The safe default: with no API keys configured only loopback clients are served (403 for every other address);
/// once keys are configured every API call needs one, as <c>Authorization: Bearer &lt;key&gt;</c> or
/// <c>X-Api-Key</c>. Only the APIs (<c>/api</c>, <c>/v1</c>) are guarded: <c>/healthz</c> and <c>/readyz</c> stay
/// open to probes, and the widget's pages and script hold no data (patients' browsers load them from the portal).
/// </summary>
internal sealed class ApiAccessMiddleware(RequestDelegate next, IOptions<ServerOptions> options, WidgetTokenValidator widgetTokens, ILogger<ApiAccessMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api") && !ApiErrors.IsOpenAIPath(path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // A widget session token signed by the hospital's portal opens the widget API (and only it) for one pseudonymous
        // subject and the agents it names, from any address: that is how patients reach the host through the portal.
        if (widgetTokens.IsConfigured && PresentedKey(context.Request) is { } credential && WidgetTokenValidator.LooksLikeToken(credential))
        {
            if (!path.StartsWithSegments("/api/agents"))
            {
                await ApiErrors.WriteAsync(context, 403, "widget_token_not_allowed_here", "A widget session token opens the widget API only; server-to-server calls need an API key.").ConfigureAwait(false);
                return;
            }

            try
            {
                context.Features.Set(await widgetTokens.ValidateAsync(credential).ConfigureAwait(false));
            }
            catch (WidgetTokenException ex)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiErrors.WriteAsync(context, ex.StatusCode, ex.Code, ex.Message).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        // An agent open to anonymous visitors of a configured web origin (the hospital website): only the widget API,
        // only without credentials, only that agent. Any other browser origin is refused here, not left to CORS alone.
        var origin = context.Request.Headers.Origin.ToString();
        if (options.Value.AnonymousOrigins.Count > 0 && origin.Length > 0 && PresentedKey(context.Request) is null && !IsLoopback(context))
        {
            if (path.StartsWithSegments("/api/agents") && AnonymousAccess.For(options.Value, origin) is { } anonymous)
            {
                context.Features.Set(anonymous);
                await next(context).ConfigureAwait(false);
                return;
            }

            await ApiErrors.WriteAsync(context, 403, "origin_not_allowed", "This web origin may not use the API without credentials.").ConfigureAwait(false);
            return;
        }

        await CheckKeysAsync(context).ConfigureAwait(false);
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    private Task CheckKeysAsync(HttpContext context)
    {

        var keys = options.Value.ApiKeys;
        if (keys.Count == 0)
        {
            var remote = context.Connection.RemoteIpAddress;
            if (remote is null || IPAddress.IsLoopback(remote))
            {
                return next(context);
            }

            ServerLog.NotLoopback(logger, remote.ToString());
            return ApiErrors.WriteAsync(context, 403, "loopback_only",
                "This host has no API keys configured, so it serves only clients on the same machine. Configure Server:ApiKeys to open it to the network.");
        }

        var key = PresentedKey(context.Request);
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiErrors.WriteAsync(context, 401, "missing_api_key", "An API key is required: send it as 'Authorization: Bearer <key>'.");
        }

        var entry = ApiKeyHash.Find(key, keys.Select(k => ApiKeyEntry.TryParse(k, out var parsed) ? parsed : null).OfType<ApiKeyEntry>());
        if (entry is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiErrors.WriteAsync(context, 401, "invalid_api_key", "The API key is not valid.");
        }

        context.Features.Set(entry);
        return next(context);
    }

    /// <summary>The credential the request presents: <c>Authorization: Bearer</c> or <c>X-Api-Key</c>, else null.</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7)
        {
            return authorization[7..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header : null;
    }
}
