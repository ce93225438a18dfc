using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentHost.Tests.Server;

/// <summary>Signs widget session tokens the way a hospital portal would (HMAC-SHA256 JWT).</summary>
internal static class WidgetTokens
{
    public static string Sign(string secret, string subject, string[] agents, TimeSpan? lifetime = null, string? locale = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["agents"] = agents };
        if (locale is not null)
        {
            claims["locale"] = locale;
        }

        var expires = now + (lifetime ?? TimeSpan.FromMinutes(15));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }
}
