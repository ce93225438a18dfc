namespace AgentHost.Endpoints.Widget;

/// <summary>An agent as the widget lists it, in the caller's locale.</summary>
public sealed record AgentSummary(string Id, string Name, string Description, string Greeting, string Locale);
