using System.Threading.RateLimiting;
using AgentHost.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

/// <summary>
/// The per-client limit on chat messages: a token bucket per API key (or per address while no keys are configured),
/// refilled every minute. Over the limit a client gets 429 with Retry-After in the API's own error shape; health
/// probes and reads are not limited.
/// </summary>
internal static class ChatRateLimit
{
    public const string PolicyName = "chat-messages";

    public static void Configure(RateLimiterOptions limiter, IServiceProvider services)
    {
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            return new ValueTask(ApiErrors.WriteAsync(context.HttpContext, 429, "rate_limited",
                "Too many messages from this client; wait a little and send again.", retryAfter));
        };
        limiter.AddPolicy(PolicyName, http =>
        {
            var perMinute = services.GetRequiredService<IOptions<ServerOptions>>().Value.MessagesPerMinute;
            return perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(ClientKey(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        });
    }

    /// <summary>
    /// The widget token's subject (a per-subject limit), else the hash of the presented API key, else the client's
    /// address — never a key itself.
    /// </summary>
    private static string ClientKey(HttpContext http)
    {
        if (http.Features.Get<WidgetToken>() is { } token)
        {
            return "subject:" + token.Subject;
        }

        return ApiAccessMiddleware.PresentedKey(http.Request) is { } key ? "key:" + ApiKeyHash.Compute(key) : "ip:" + http.Connection.RemoteIpAddress;
    }
}
