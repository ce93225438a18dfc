namespace AgentHost.Endpoints.OpenAI;

/// <summary>One agent, presented as an OpenAI model.</summary>
public sealed record ModelEntry(string Id, string Object, long Created, string OwnedBy);
