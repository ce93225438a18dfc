namespace AgentHost.Agents.Storage;

/// <summary>
/// A stored conversation. <see cref="Escalated"/> records that a safety escalation happened in it and is never cleared;
/// <see cref="NeedsHumanFollowUp"/> stays set until a person completes the follow-up.
/// </summary>
public sealed record ConversationSession(
    string SessionId,
    string AgentId,
    string? SubjectId,
    string Locale,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int TurnCount,
    bool Escalated,
    bool NeedsHumanFollowUp);
