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
    public static bool Matches(string key, IEnumerable<string> hashes) => Find(key, hashes.Select(h => h.ToLowerInvariant())) >= 0;

    /// <summary>The configured key entry <paramref name="key"/> belongs to, or null (every entry compared in constant time).</summary>
    public static ApiKeyEntry? Find(string key, IEnumerable<ApiKeyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var index = Find(key, list.Select(e => e.Hash));
        return index >= 0 ? list[index] : null;
    }

    private static int Find(string key, IEnumerable<string> hashes)
    {
        var computed = Encoding.ASCII.GetBytes(Compute(key));
        var found = -1;
        var i = 0;
        foreach (var hash in hashes)
        {
            if (CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(hash)) && found < 0)
            {
                found = i;
            }

            i++;
        }

        return found;
    }
}
