using System.Security.Cryptography;
using System.Text;

namespace AgentHost.Hosting;

/// <summary>API keys are configured as SHA-256 hashes, so the configuration never holds a usable key.</summary>
public static class ApiKeyHash
{
    public static string Compute(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool IsHash(string value) =>
        value is { Length: 64 } && value.All(Uri.IsHexDigit);

    /// <summary>True when <paramref name="key"/> hashes to one of <paramref name="hashes"/> (compared in constant time).</summary>
    public static bool Matches(string key, IEnumerable<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var computed = Encoding.ASCII.GetBytes(Compute(key));
        var found = false;
        foreach (var hash in hashes)
        {
            found |= CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(hash.ToLowerInvariant()));
        }

        return found;
    }
}
