using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>Reads <c>sessions</c> rows.</summary>
internal static class SessionRows
{
    public const string SelectColumns =
        "SELECT session_id, agent_id, subject_id, locale, created_at, updated_at, turn_count, escalated, needs_human_followup FROM sessions";

    public static async Task<ConversationSession?> FindAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sessionId,
        CancellationToken cancellationToken)
    {
        var sessions = await ListAsync(
            connection,
            transaction,
            SelectColumns + " WHERE session_id = $id;",
            cancellationToken,
            ("$id", sessionId)).ConfigureAwait(false);
        return sessions.Count == 0 ? null : sessions[0];
    }

    public static async Task<IReadOnlyList<ConversationSession>> ListAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        using var command = SqlCommands.Create(connection, transaction, sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sessions = new List<ConversationSession>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(new ConversationSession(
                reader.GetString(0),
                reader.GetString(1),
                SqlCommands.NullableString(reader, 2),
                reader.GetString(3),
                StorageTime.Parse(reader.GetString(4)),
                StorageTime.Parse(reader.GetString(5)),
                reader.GetInt32(6),
                reader.GetInt64(7) != 0,
                reader.GetInt64(8) != 0));
        }

        return sessions;
    }
}
