namespace AgentHost.Agents.Storage;

/// <summary>A committed exchange, read back whole. <see cref="TurnIndex"/> counts from 1 within the session.</summary>
public sealed record StoredTurn(
    string SessionId,
    int TurnIndex,
    DateTimeOffset CreatedAt,
    string UserText,
    string AssistantText,
    IReadOnlyList<ToolCallRecord> ToolCalls,
    IReadOnlyList<CitationRecord> Citations,
    TurnProvenance Provenance,
    TurnTokenCounts Tokens,
    string? EscalationKind);
