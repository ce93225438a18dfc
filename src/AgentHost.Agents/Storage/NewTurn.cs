namespace AgentHost.Agents.Storage;

/// <summary>
/// A whole exchange to commit at once: the user's message, the tool calls made while answering, and the answer with
/// its citations. <see cref="EscalationKind"/> (snake_case, e.g. <c>crisis</c>) marks a turn answered by an
/// escalation script; committing it flags the session for human follow-up.
/// </summary>
public sealed record NewTurn(
    string SessionId,
    string UserText,
    string AssistantText,
    IReadOnlyList<ToolCallRecord> ToolCalls,
    IReadOnlyList<CitationRecord> Citations,
    TurnProvenance Provenance,
    TurnTokenCounts Tokens,
    string? EscalationKind = null);
