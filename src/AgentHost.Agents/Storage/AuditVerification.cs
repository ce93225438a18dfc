namespace AgentHost.Agents.Storage;

/// <summary>
/// The outcome of walking the audit chain. <see cref="HeadSequence"/> and <see cref="HeadHash"/> identify the last
/// record: kept outside the database (a log line, a ticket), they also reveal records cut from the end, which a
/// chain alone cannot. When the chain is broken they describe the last record before the break.
/// </summary>
public sealed record AuditVerification(
    bool IsValid,
    long RecordsChecked,
    long? FirstBrokenSequence,
    AuditProblem Problem,
    long HeadSequence,
    string HeadHash);
