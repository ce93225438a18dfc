using System.Net;
using AgentHost.Endpoints;
using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

/// <summary>
/// The safe default: with no API keys configured only loopback clients are served (403 for every other address);
/// once keys are configured every API call needs one, as <c>Authorization: Bearer &lt;key&gt;</c> or
/// <c>X-Api-Key</c>. <c>/healthz</c> and <c>/readyz</c> stay open to probes.
/// </summary>
internal sealed class ApiAccessMiddleware(RequestDelegate next, IOptions<ServerOptions> options, ILogger<ApiAccessMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz"))
        {
            return next(context);
        }

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

        if (!ApiKeyHash.Matches(key, keys))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiErrors.WriteAsync(context, 401, "invalid_api_key", "The API key is not valid.");
        }

        return next(context);
    }

    private static string? PresentedKey(HttpRequest request)
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
