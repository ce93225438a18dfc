namespace AgentHost.Hosting;

/// <summary>A validated widget session token: who (a pseudonym), which agents, which language, until when.</summary>
public sealed record WidgetToken(string Subject, IReadOnlySet<string> Agents, string? Locale, DateTimeOffset ExpiresAt)
{
    public bool Allows(string agentId) => Agents.Contains(agentId);
}
