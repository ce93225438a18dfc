using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>
/// Follow-up records: dated measurements per pseudonymous subject (INR readings, heights, weights…) that tools write
/// and read, e.g. to warn on an abnormal INR trend. Each addition is audited (kind and source, never the value).
/// </summary>
public sealed class FollowUpStore
{
    private const string SelectColumns =
        "SELECT measurement_id, subject_id, kind, value, unit, measured_at, source, agent_id, recorded_at FROM measurements";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    internal FollowUpStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public Task<Measurement> AddAsync(NewMeasurement measurement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        RecordGuard.Id(measurement.SubjectId, "SubjectId");
        RecordGuard.Name(measurement.Kind, "Kind");
        RecordGuard.Label(measurement.Unit, "Unit", 32);
        RecordGuard.Id(measurement.AgentId, "AgentId");
        var source = MeasurementSourceText.ToText(measurement.Source);
        if (!double.IsFinite(measurement.Value))
        {
            throw new InvalidStorageRecordException("Value must be a finite number.");
        }

        return _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var now = _time.GetUtcNow();
                var id = (long)(await SqlCommands.ScalarAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO measurements (subject_id, kind, value, unit, measured_at, source, agent_id, recorded_at)
                    VALUES ($subject, $kind, $value, $unit, $measured, $source, $agent, $now)
                    RETURNING measurement_id;
                    """,
                    token,
                    ("$subject", measurement.SubjectId),
                    ("$kind", measurement.Kind),
                    ("$value", measurement.Value),
                    ("$unit", measurement.Unit),
                    ("$measured", StorageTime.ToText(measurement.MeasuredAt)),
                    ("$source", source),
                    ("$agent", measurement.AgentId),
                    ("$now", StorageTime.ToText(now))).ConfigureAwait(false))!;
                await AuditChain.AppendAsync(
                    connection,
                    transaction,
                    new AuditEntry(
                        AuditEventTypes.MeasurementAdded,
                        measurement.AgentId,
                        null,
                        measurement.SubjectId,
                        new Dictionary<string, string>
                        {
                            ["measurement_id"] = id.ToString(CultureInfo.InvariantCulture),
                            ["kind"] = measurement.Kind,
                            ["source"] = source,
                        }),
                    now,
                    token).ConfigureAwait(false);
                var stored = await QueryAsync(connection, transaction, SelectColumns + " WHERE measurement_id = $id;", token, ("$id", id)).ConfigureAwait(false);
                return stored[0];
            },
            cancellationToken);
    }

    /// <summary>The subject's measurements of one kind in date order (oldest first), optionally only from <paramref name="since"/> on.</summary>
    public Task<IReadOnlyList<Measurement>> ListAsync(string subjectId, string kind, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        RecordGuard.Id(subjectId, "SubjectId");
        RecordGuard.Name(kind, "Kind");
        return _database.ReadAsync(
            (connection, transaction, token) => QueryAsync(
                connection,
                transaction,
                SelectColumns +
                " WHERE subject_id = $subject AND kind = $kind AND ($since IS NULL OR measured_at >= $since) ORDER BY measured_at, measurement_id;",
                token,
                ("$subject", subjectId),
                ("$kind", kind),
                ("$since", since is null ? null : StorageTime.ToText(since.Value))),
            cancellationToken);
    }

    /// <summary>The subject's most recent measurement of one kind (by measurement date), or null.</summary>
    public async Task<Measurement?> GetLatestAsync(string subjectId, string kind, CancellationToken cancellationToken)
    {
        RecordGuard.Id(subjectId, "SubjectId");
        RecordGuard.Name(kind, "Kind");
        var latest = await _database.ReadAsync(
            (connection, transaction, token) => QueryAsync(
                connection,
                transaction,
                SelectColumns +
                " WHERE subject_id = $subject AND kind = $kind ORDER BY measured_at DESC, measurement_id DESC LIMIT 1;",
                token,
                ("$subject", subjectId),
                ("$kind", kind)),
            cancellationToken).ConfigureAwait(false);
        return latest.Count == 0 ? null : latest[0];
    }

    /// <summary>"Forget me" for follow-up data: removes every measurement of the subject and audits the count.</summary>
    public async Task<int> DeleteSubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        RecordGuard.Id(subjectId, "SubjectId");
        var deleted = await _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var rows = await SqlCommands.ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM measurements WHERE subject_id = $subject;",
                    token,
                    ("$subject", subjectId)).ConfigureAwait(false);
                await AuditChain.AppendAsync(
                    connection,
                    transaction,
                    new AuditEntry(
                        AuditEventTypes.SubjectMeasurementsDeleted,
                        null,
                        null,
                        subjectId,
                        new Dictionary<string, string> { ["measurements"] = rows.ToString(CultureInfo.InvariantCulture) }),
                    _time.GetUtcNow(),
                    token).ConfigureAwait(false);
                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        await _database.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private static async Task<IReadOnlyList<Measurement>> QueryAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        using var command = SqlCommands.Create(connection, transaction, sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var measurements = new List<Measurement>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            measurements.Add(new Measurement(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetDouble(3),
                reader.GetString(4),
                StorageTime.Parse(reader.GetString(5)),
                MeasurementSourceText.Parse(reader.GetString(6)),
                reader.GetString(7),
                StorageTime.Parse(reader.GetString(8))));
        }

        return measurements;
    }
}
