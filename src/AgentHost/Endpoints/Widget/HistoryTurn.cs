namespace AgentHost.Endpoints.Widget;

public sealed record HistoryTurn(int Index, DateTimeOffset CreatedAt, string User, string Assistant, IReadOnlyList<HistoryCitation> Citations, string? Escalation);
