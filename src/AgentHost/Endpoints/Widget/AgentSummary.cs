namespace AgentHost.Endpoints.Widget;

/// <summary>
/// An agent as the widget lists it, in the caller's locale, with what the widget keeps visible: the disclaimer, and
/// whether minors' mode (AI disclosure, break reminders) is on.
/// </summary>
public sealed record AgentSummary(string Id, string Name, string Description, string Greeting, string Locale, string Disclaimer, bool MinorsMode);
