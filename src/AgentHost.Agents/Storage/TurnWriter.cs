using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>Writes one whole turn and its audit events inside the caller's write transaction.</summary>
internal static class TurnWriter
{
    private const string InsertRow = """
        INSERT INTO turns (session_id, turn_index, position, role, text, created_at, tool_calls, citations, escalation,
                           model_id, package_version, prompt_tokens, completion_tokens)
        VALUES ($session, $turn, $position, $role, $text, $created, $tool_calls, $citations, $escalation,
                $model, $package, $prompt_tokens, $completion_tokens);
        """;

    /// <summary>Checks everything before the transaction starts, so a bad record never takes the write lock.</summary>
    public static NewTurn Validate(NewTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        RecordGuard.SessionId(turn.SessionId);
        if (turn.UserText is null || turn.AssistantText is null)
        {
            throw new InvalidStorageRecordException("UserText and AssistantText must not be null.");
        }

        if (turn.ToolCalls is null || turn.Citations is null || turn.Provenance is null || turn.Tokens is null)
        {
            throw new InvalidStorageRecordException("ToolCalls, Citations, Provenance and Tokens must not be null.");
        }

        for (var i = 0; i < turn.ToolCalls.Count; i++)
        {
            _ = TurnJson.ToolCall(turn.ToolCalls[i] ?? throw new InvalidStorageRecordException($"ToolCalls[{i}] must not be null."), i);
            RecordGuard.DetailValue(turn.ToolCalls[i].Name, $"ToolCalls[{i}].Name");
        }

        _ = TurnJson.Citations(turn.Citations);
        if (turn.Provenance.ModelId is not null)
        {
            RecordGuard.Label(turn.Provenance.ModelId, "Provenance.ModelId", 256);
        }

        RecordGuard.Label(turn.Provenance.PackageVersion, "Provenance.PackageVersion", 128);
        RecordGuard.NotNegative(turn.Tokens.PromptTokens, "Tokens.PromptTokens");
        RecordGuard.NotNegative(turn.Tokens.CompletionTokens, "Tokens.CompletionTokens");
        RecordGuard.OptionalName(turn.EscalationKind, "EscalationKind");
        return turn with { SessionId = RecordGuard.SessionId(turn.SessionId) };
    }

    public static async Task<StoredTurn> WriteAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        NewTurn turn,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var session = await SessionRows.FindAsync(connection, transaction, turn.SessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new SessionNotFoundException(turn.SessionId);
        var turnIndex = session.TurnCount + 1;
        var created = StorageTime.ToText(now);

        await InsertAsync(connection, transaction, turn, turnIndex, 0, "user", turn.UserText, created, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < turn.ToolCalls.Count; i++)
        {
            var call = turn.ToolCalls[i];
            await InsertAsync(connection, transaction, turn, turnIndex, i + 1, "tool", call.Result, created, cancellationToken, TurnJson.ToolCall(call, i)).ConfigureAwait(false);
        }

        await InsertAsync(connection, transaction, turn, turnIndex, turn.ToolCalls.Count + 1, "assistant", turn.AssistantText, created, cancellationToken).ConfigureAwait(false);

        var escalate = turn.EscalationKind is null ? 0 : 1;
        await SqlCommands.ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE sessions
            SET turn_count = $turn, updated_at = $now,
                escalated = MAX(escalated, $escalate), needs_human_followup = MAX(needs_human_followup, $escalate)
            WHERE session_id = $id;
            """,
            cancellationToken,
            ("$turn", turnIndex),
            ("$now", created),
            ("$escalate", escalate),
            ("$id", turn.SessionId)).ConfigureAwait(false);

        await AuditAsync(connection, transaction, session, turn, turnIndex, now, cancellationToken).ConfigureAwait(false);
        return new StoredTurn(
            turn.SessionId,
            turnIndex,
            StorageTime.Parse(created),
            turn.UserText,
            turn.AssistantText,
            [.. turn.ToolCalls],
            [.. turn.Citations],
            turn.Provenance,
            turn.Tokens,
            turn.EscalationKind);
    }

    private static async Task AuditAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ConversationSession session,
        NewTurn turn,
        int turnIndex,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var index = turnIndex.ToString(CultureInfo.InvariantCulture);
        foreach (var call in turn.ToolCalls)
        {
            await Append(AuditEventTypes.ToolCall, new Dictionary<string, string>
            {
                ["turn_index"] = index,
                ["tool"] = call.Name,
                ["is_error"] = call.IsError ? "true" : "false",
            }).ConfigureAwait(false);
        }

        if (turn.EscalationKind is not null)
        {
            await Append(AuditEventTypes.Escalation, new Dictionary<string, string>
            {
                ["turn_index"] = index,
                ["kind"] = turn.EscalationKind,
            }).ConfigureAwait(false);
        }

        await Append(AuditEventTypes.TurnCommitted, new Dictionary<string, string>
        {
            ["turn_index"] = index,
            ["tool_calls"] = turn.ToolCalls.Count.ToString(CultureInfo.InvariantCulture),
            ["citations"] = turn.Citations.Count.ToString(CultureInfo.InvariantCulture),
            ["prompt_tokens"] = turn.Tokens.PromptTokens.ToString(CultureInfo.InvariantCulture),
            ["completion_tokens"] = turn.Tokens.CompletionTokens.ToString(CultureInfo.InvariantCulture),
            ["user_chars"] = turn.UserText.Length.ToString(CultureInfo.InvariantCulture),
            ["assistant_chars"] = turn.AssistantText.Length.ToString(CultureInfo.InvariantCulture),
        }).ConfigureAwait(false);

        Task<AuditRecord> Append(string eventType, Dictionary<string, string> details) =>
            AuditChain.AppendAsync(
                connection,
                transaction,
                new AuditEntry(eventType, session.AgentId, session.SessionId, session.SubjectId, details),
                now,
                cancellationToken);
    }

    private static Task<int> InsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        NewTurn turn,
        int turnIndex,
        int position,
        string role,
        string text,
        string created,
        CancellationToken cancellationToken,
        string? toolCall = null)
    {
        var assistant = role == "assistant";
        return SqlCommands.ExecuteAsync(
            connection,
            transaction,
            InsertRow,
            cancellationToken,
            ("$session", turn.SessionId),
            ("$turn", turnIndex),
            ("$position", position),
            ("$role", role),
            ("$text", text),
            ("$created", created),
            ("$tool_calls", toolCall),
            ("$citations", assistant ? TurnJson.Citations(turn.Citations) : null),
            ("$escalation", assistant ? turn.EscalationKind : null),
            ("$model", assistant ? turn.Provenance.ModelId : null),
            ("$package", assistant ? turn.Provenance.PackageVersion : null),
            ("$prompt_tokens", assistant ? turn.Tokens.PromptTokens : null),
            ("$completion_tokens", assistant ? turn.Tokens.CompletionTokens : null));
    }
}
