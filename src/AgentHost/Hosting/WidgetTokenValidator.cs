using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentHost.Hosting;

/// <summary>
/// Validates the short-lived session tokens a hospital's portal signs for the widget (HMAC-SHA256 JWT with the
/// shared <see cref="ServerOptions.WidgetTokenSecret"/>): signature, expiry (required), issuer when configured, and
/// the claims AgentHost needs — <c>sub</c> (a pseudonym, never a name), <c>agents</c>, optional <c>locale</c>.
/// </summary>
public sealed class WidgetTokenValidator(IOptions<ServerOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.WidgetTokenSecret);

    /// <summary>A bearer credential with the shape of a JWT (three dot-separated parts) rather than an API key.</summary>
    public static bool LooksLikeToken(string credential) => credential.Count(c => c == '.') == 2;

    public async Task<WidgetToken> ValidateAsync(string token)
    {
        var settings = options.Value;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.WidgetTokenSecret!)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512],
            ValidateIssuer = !string.IsNullOrEmpty(settings.WidgetTokenIssuer),
            ValidIssuer = settings.WidgetTokenIssuer,
            ValidateAudience = false,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } end && end.ToUniversalTime() > time.GetUtcNow().UtcDateTime.AddSeconds(-30)
                && (notBefore is not { } start || start.ToUniversalTime() <= time.GetUtcNow().UtcDateTime.AddSeconds(30)),
        }).ConfigureAwait(false);

        if (!result.IsValid)
        {
            throw result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException
                ? new WidgetTokenException("widget_token_expired", "The widget session token has expired; the portal must issue a new one.")
                : new WidgetTokenException("invalid_widget_token", "The widget session token is not valid.");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>("sub", out var subject) || string.IsNullOrWhiteSpace(subject))
        {
            throw new WidgetTokenException("invalid_widget_token", "The widget session token has no subject (sub).");
        }

        return new WidgetToken(subject, Agents(jwt), jwt.TryGetPayloadValue<string>("locale", out var locale) ? locale : null, jwt.ValidTo);
    }

    /// <summary>The <c>agents</c> claim: a JSON array or a space-separated string of agent ids.</summary>
    private static HashSet<string> Agents(JsonWebToken jwt)
    {
        if (jwt.TryGetPayloadValue<JsonElement>("agents", out var element))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                return element.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }

            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            }
        }

        throw new WidgetTokenException("invalid_widget_token", "The widget session token names no agents (agents).");
    }
}
