using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>Reads a session's turn rows back into whole turns (user row, tool rows, assistant row).</summary>
internal static class TurnReader
{
    public static async Task<IReadOnlyList<StoredTurn>> ReadAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sessionId,
        CancellationToken cancellationToken)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT turn_index, role, text, created_at, tool_calls, citations, escalation, model_id, package_version,
                   prompt_tokens, completion_tokens
            FROM turns WHERE session_id = $id ORDER BY turn_index, position;
            """,
            ("$id", sessionId));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var turns = new List<StoredTurn>();
        string? userText = null;
        var toolCalls = new List<ToolCallRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (reader.GetString(1))
            {
                case "user":
                    userText = reader.GetString(2);
                    toolCalls = [];
                    break;
                case "tool":
                    toolCalls.Add(TurnJson.ReadToolCall(reader.GetString(4), reader.GetString(2)));
                    break;
                default:
                    turns.Add(Assistant(reader, sessionId, userText ?? string.Empty, toolCalls));
                    userText = null;
                    toolCalls = [];
                    break;
            }
        }

        return turns;
    }

    private static StoredTurn Assistant(SqliteDataReader reader, string sessionId, string userText, List<ToolCallRecord> toolCalls) =>
        new(
            sessionId,
            reader.GetInt32(0),
            StorageTime.Parse(reader.GetString(3)),
            userText,
            reader.GetString(2),
            toolCalls,
            TurnJson.ReadCitations(SqlCommands.NullableString(reader, 5)),
            new TurnProvenance(SqlCommands.NullableString(reader, 7), reader.GetString(8)),
            new TurnTokenCounts(reader.GetInt32(9), reader.GetInt32(10)),
            SqlCommands.NullableString(reader, 6));
}
