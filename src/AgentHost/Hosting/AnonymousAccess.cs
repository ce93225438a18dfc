namespace AgentHost.Hosting;

/// <summary>A credential-less visitor from an origin that configured agents are open to; it may use only those agents.</summary>
public sealed record AnonymousAccess(string Origin, IReadOnlySet<string> Agents)
{
    public bool Allows(string agentId) => Agents.Contains(agentId);

    /// <summary>The agents open to <paramref name="origin"/>, or null when none is.</summary>
    public static AnonymousAccess? For(ServerOptions options, string origin)
    {
        ArgumentNullException.ThrowIfNull(options);
        var agents = options.AnonymousOrigins
            .Where(entry => entry.Value.Contains(origin, StringComparer.OrdinalIgnoreCase))
            .Select(entry => entry.Key)
            .ToHashSet(StringComparer.Ordinal);
        return agents.Count > 0 ? new AnonymousAccess(origin, agents) : null;
    }
}
