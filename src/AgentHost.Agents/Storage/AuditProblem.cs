namespace AgentHost.Agents.Storage;

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found wrong at the first broken sequence.</summary>
public enum AuditProblem
{
    None,

    /// <summary>The expected sequence number is absent: a record was deleted, or later ones renumbered.</summary>
    MissingRecord,

    /// <summary>The record's prev_hash is not the hash of the record before it: inserted, removed or reordered.</summary>
    PreviousHashMismatch,

    /// <summary>The record's content no longer hashes to its stored hash: it was edited.</summary>
    HashMismatch,
}
