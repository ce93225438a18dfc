using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>
/// The hash chain. A record's hash is the lowercase hex SHA-256 of its canonical form: UTF-8 JSON without whitespace,
/// properties in this order — v (1), seq, time, type, agent, session, subject (string or null), details (the stored
/// details text, as a string), prev — written with System.Text.Json's default escaping. The first record's prev is
/// 64 zeros.
/// </summary>
internal static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int MaxDetails = 32;

    public static string Hash(
        long sequence,
        string time,
        string eventType,
        string? agentId,
        string? sessionId,
        string? subjectId,
        string details,
        string previousHash)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", 1);
            writer.WriteNumber("seq", sequence);
            writer.WriteString("time", time);
            writer.WriteString("type", eventType);
            writer.WriteString("agent", agentId);
            writer.WriteString("session", sessionId);
            writer.WriteString("subject", subjectId);
            writer.WriteString("details", details);
            writer.WriteString("prev", previousHash);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Checks an entry and writes its details as canonical JSON (keys in ordinal order).</summary>
    public static string ValidatedDetails(AuditEntry entry)
    {
        RecordGuard.Name(entry.EventType, "Audit EventType");
        RecordGuard.OptionalId(entry.AgentId, "Audit AgentId");
        RecordGuard.OptionalId(entry.SessionId, "Audit SessionId");
        RecordGuard.OptionalId(entry.SubjectId, "Audit SubjectId");
        var details = entry.Details ?? new Dictionary<string, string>();
        if (details.Count > MaxDetails)
        {
            throw new InvalidStorageRecordException($"Audit Details may hold at most {MaxDetails} entries.");
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in details.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                RecordGuard.Name(key, "Audit Details key");
                writer.WriteString(key, RecordGuard.DetailValue(value, $"Audit Details['{key}']"));
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, string> ParseDetails(string details)
    {
        using var document = JsonDocument.Parse(details);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.GetString() ?? string.Empty;
        }

        return result;
    }

    /// <summary>
    /// Appends inside the caller's write transaction, so an event commits or rolls back with the change it records.
    /// The caller holds the write lock (<see cref="SqliteDatabase.WriteAsync{T}"/>), so the head cannot move meanwhile.
    /// </summary>
    public static async Task<AuditRecord> AppendAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        AuditEntry entry,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var details = ValidatedDetails(entry);
        long previousSequence = 0;
        var previousHash = GenesisHash;
        using (var head = SqlCommands.Create(connection, transaction, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;"))
        using (var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                previousSequence = reader.GetInt64(0);
                previousHash = reader.GetString(1);
            }
        }

        var sequence = previousSequence + 1;
        var time = StorageTime.ToText(now);
        var hash = Hash(sequence, time, entry.EventType, entry.AgentId, entry.SessionId, entry.SubjectId, details, previousHash);
        await SqlCommands.ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO audit_log (seq, time, event_type, agent_id, session_id, subject_id, details, prev_hash, hash)
            VALUES ($seq, $time, $type, $agent, $session, $subject, $details, $prev, $hash);
            """,
            cancellationToken,
            ("$seq", sequence),
            ("$time", time),
            ("$type", entry.EventType),
            ("$agent", entry.AgentId),
            ("$session", entry.SessionId),
            ("$subject", entry.SubjectId),
            ("$details", details),
            ("$prev", previousHash),
            ("$hash", hash)).ConfigureAwait(false);
        return new AuditRecord(
            sequence,
            StorageTime.Parse(time),
            entry.EventType,
            entry.AgentId,
            entry.SessionId,
            entry.SubjectId,
            ParseDetails(details),
            previousHash,
            hash);
    }
}
