namespace AgentHost.Endpoints.Widget;

public sealed record SessionHistory(string SessionId, string AgentId, string Locale, DateTimeOffset CreatedAt, bool Escalated, IReadOnlyList<HistoryTurn> Turns);
