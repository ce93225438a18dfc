namespace AgentHost.Agents.Storage;

/// <summary>
/// One event to append to the audit log. It carries ids, counts, versions and hashes only: every field is checked
/// against a narrow character set, so patient text is refused rather than stored.
/// </summary>
/// <param name="AgentId">The agent concerned, if any.</param>
/// <param name="SessionId">The conversation concerned, if any.</param>
/// <param name="SubjectId">The pseudonymous subject concerned, if any.</param>
/// <param name="EventType">snake_case, e.g. <see cref="AuditEventTypes.TurnCommitted"/>.</param>
/// <param name="Details">snake_case keys; values of at most 128 characters of A-Z a-z 0-9 . _ : @ + -.</param>
public sealed record AuditEntry(
    string EventType,
    string? AgentId = null,
    string? SessionId = null,
    string? SubjectId = null,
    IReadOnlyDictionary<string, string>? Details = null);
