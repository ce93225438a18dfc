namespace AgentHost.Hosting;

/// <summary>
/// One configured API key: <c>&lt;sha256-hex&gt;</c> (every agent) or <c>&lt;sha256-hex&gt;:&lt;scope&gt;,&lt;scope&gt;…</c>
/// where a scope is an agent id (the key may use only those agents) or <c>admin</c> (the admin endpoints, and every
/// agent unless agents are also named).
/// </summary>
public sealed record ApiKeyEntry(string Hash, IReadOnlySet<string>? Agents, bool Admin)
{
    public const string AdminScope = "admin";

    public static bool TryParse(string value, out ApiKeyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(':', 2);
        var scopes = parts.Length == 2
            ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var agents = scopes.Where(s => s != AdminScope).ToHashSet(StringComparer.Ordinal);
        entry = new ApiKeyEntry(parts[0].Trim().ToLowerInvariant(), agents.Count > 0 ? agents : null, scopes.Contains(AdminScope));
        return ApiKeyHash.IsHash(entry.Hash) && (parts.Length == 1 || scopes.Length > 0);
    }

    public bool Allows(string agentId) => Agents is null || Agents.Contains(agentId);
}
