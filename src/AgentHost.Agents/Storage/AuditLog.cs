using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>
/// The append-only audit log: no code path updates or deletes a record, triggers refuse it in the database, and
/// each record carries the hash of the one before, so <see cref="VerifyAsync"/> finds edits, deletions, insertions and
/// reordering by anyone with direct access to the file. Stores that change data append their events in the same
/// transaction as the change.
/// </summary>
public sealed class AuditLog
{
    private const string SelectColumns =
        "SELECT seq, time, event_type, agent_id, session_id, subject_id, details, prev_hash, hash FROM audit_log";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    internal AuditLog(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Appends one event (serialized with every other write, so the chain never forks) and commits it.</summary>
    public Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        AuditChain.ValidatedDetails(entry);
        return _database.WriteAsync(
            (connection, transaction, token) => AuditChain.AppendAsync(connection, transaction, entry, _time.GetUtcNow(), token),
            cancellationToken);
    }

    /// <summary>Records with a sequence above <paramref name="afterSequence"/>, oldest first, at most <paramref name="maxCount"/>.</summary>
    public Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return _database.ReadAsync<IReadOnlyList<AuditRecord>>(
            async (connection, transaction, token) =>
            {
                using var command = SqlCommands.Create(
                    connection,
                    transaction,
                    SelectColumns + " WHERE seq > $after ORDER BY seq LIMIT $limit;",
                    ("$after", afterSequence),
                    ("$limit", maxCount));
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                var records = new List<AuditRecord>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    records.Add(new AuditRecord(
                        reader.GetInt64(0),
                        StorageTime.Parse(reader.GetString(1)),
                        reader.GetString(2),
                        SqlCommands.NullableString(reader, 3),
                        SqlCommands.NullableString(reader, 4),
                        SqlCommands.NullableString(reader, 5),
                        AuditChain.ParseDetails(reader.GetString(6)),
                        reader.GetString(7),
                        reader.GetString(8)));
                }

                return records;
            },
            cancellationToken);
    }

    /// <summary>Walks the whole chain in one snapshot and reports the first sequence where it breaks.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        _database.ReadAsync(
            async (connection, transaction, token) =>
            {
                using var command = SqlCommands.Create(connection, transaction, SelectColumns + " ORDER BY seq;");
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                long expected = 1;
                var previousHash = AuditChain.GenesisHash;
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    var problem = Check(reader, expected, previousHash);
                    if (problem != AuditProblem.None)
                    {
                        return new AuditVerification(false, expected - 1, expected, problem, expected - 1, previousHash);
                    }

                    previousHash = reader.GetString(8);
                    expected++;
                }

                return new AuditVerification(true, expected - 1, null, AuditProblem.None, expected - 1, previousHash);
            },
            cancellationToken);

    private static AuditProblem Check(SqliteDataReader reader, long expectedSequence, string previousHash)
    {
        if (reader.GetInt64(0) != expectedSequence)
        {
            return AuditProblem.MissingRecord;
        }

        if (!string.Equals(reader.GetString(7), previousHash, StringComparison.Ordinal))
        {
            return AuditProblem.PreviousHashMismatch;
        }

        var recomputed = AuditChain.Hash(
            expectedSequence,
            reader.GetString(1),
            reader.GetString(2),
            SqlCommands.NullableString(reader, 3),
            SqlCommands.NullableString(reader, 4),
            SqlCommands.NullableString(reader, 5),
            reader.GetString(6),
            previousHash);
        return string.Equals(recomputed, reader.GetString(8), StringComparison.Ordinal)
            ? AuditProblem.None
            : AuditProblem.HashMismatch;
    }
}
