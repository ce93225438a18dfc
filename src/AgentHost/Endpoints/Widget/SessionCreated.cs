namespace AgentHost.Endpoints.Widget;

public sealed record SessionCreated(string SessionId, string AgentId, string Locale, string Greeting);
