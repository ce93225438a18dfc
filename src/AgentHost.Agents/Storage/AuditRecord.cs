namespace AgentHost.Agents.Storage;

/// <summary>One stored audit record: the entry, its place in the chain, and the hashes that chain it.</summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Time,
    string EventType,
    string? AgentId,
    string? SessionId,
    string? SubjectId,
    IReadOnlyDictionary<string, string> Details,
    string PreviousHash,
    string Hash);
