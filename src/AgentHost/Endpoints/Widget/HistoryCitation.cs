namespace AgentHost.Endpoints.Widget;

public sealed record HistoryCitation(string DocumentId, string? Title);
