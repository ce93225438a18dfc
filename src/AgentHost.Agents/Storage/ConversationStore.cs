using System.Globalization;

namespace AgentHost.Agents.Storage;

/// <summary>
/// Conversations: sessions and their turns. A turn is committed whole (user message, tool calls, answer, citations and
/// its audit events in one transaction, fsynced) before <see cref="AppendTurnAsync"/> returns, so the caller may send
/// <c>done</c> as soon as it does.
/// </summary>
public sealed class ConversationStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    internal ConversationStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Starts a conversation with a new GUID session id.</summary>
    /// <param name="agentId">The agent the conversation is with.</param>
    /// <param name="subjectId">The pseudonymous subject (patient) id, or null for an anonymous chat.</param>
    /// <param name="locale">e.g. <c>zh-CN</c> or <c>en</c>.</param>
    /// <param name="cancellationToken">Cancels before the commit; a cancelled call has stored nothing.</param>
    public Task<ConversationSession> CreateSessionAsync(string agentId, string? subjectId, string locale, CancellationToken cancellationToken)
    {
        RecordGuard.Id(agentId, "AgentId");
        RecordGuard.OptionalId(subjectId, "SubjectId");
        RecordGuard.Id(locale, "Locale");
        var sessionId = Guid.NewGuid().ToString("D");
        return _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var now = _time.GetUtcNow();
                await SqlCommands.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO sessions (session_id, agent_id, subject_id, locale, created_at, updated_at)
                    VALUES ($id, $agent, $subject, $locale, $now, $now);
                    """,
                    token,
                    ("$id", sessionId),
                    ("$agent", agentId),
                    ("$subject", subjectId),
                    ("$locale", locale),
                    ("$now", StorageTime.ToText(now))).ConfigureAwait(false);
                await AuditChain.AppendAsync(
                    connection,
                    transaction,
                    new AuditEntry(AuditEventTypes.SessionCreated, agentId, sessionId, subjectId),
                    now,
                    token).ConfigureAwait(false);
                return await SessionRows.FindAsync(connection, transaction, sessionId, token).ConfigureAwait(false)
                    ?? throw new SessionNotFoundException(sessionId);
            },
            cancellationToken);
    }

    /// <summary>The session, or null when there is none with that id (never created, or deleted).</summary>
    public Task<ConversationSession?> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(sessionId, "D", out var id))
        {
            return Task.FromResult<ConversationSession?>(null);
        }

        return _database.ReadAsync(
            (connection, transaction, token) => SessionRows.FindAsync(connection, transaction, id.ToString("D"), token),
            cancellationToken);
    }

    /// <summary>
    /// Commits a whole turn and its audit events (tool_call per call, escalation when <see cref="NewTurn.EscalationKind"/>
    /// is set, then turn_committed) in one transaction. An escalation kind also flags the session escalated and in need
    /// of human follow-up. Throws <see cref="SessionNotFoundException"/> for an unknown session.
    /// </summary>
    public Task<StoredTurn> AppendTurnAsync(NewTurn turn, CancellationToken cancellationToken)
    {
        var valid = TurnWriter.Validate(turn);
        return _database.WriteAsync(
            (connection, transaction, token) => TurnWriter.WriteAsync(connection, transaction, valid, _time.GetUtcNow(), token),
            cancellationToken);
    }

    /// <summary>Every committed turn of the session, oldest first. Throws <see cref="SessionNotFoundException"/>.</summary>
    public Task<IReadOnlyList<StoredTurn>> ListHistoryAsync(string sessionId, CancellationToken cancellationToken)
    {
        var id = RecordGuard.SessionId(sessionId);
        return _database.ReadAsync(
            async (connection, transaction, token) =>
            {
                _ = await SessionRows.FindAsync(connection, transaction, id, token).ConfigureAwait(false)
                    ?? throw new SessionNotFoundException(id);
                return await TurnReader.ReadAsync(connection, transaction, id, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Flags the session escalated and in need of human follow-up (both stay set) and audits an escalation event; for
    /// escalations outside a committed turn. Throws <see cref="SessionNotFoundException"/>.
    /// </summary>
    public Task<ConversationSession> MarkEscalatedAsync(string sessionId, string escalationKind, CancellationToken cancellationToken)
    {
        var id = RecordGuard.SessionId(sessionId);
        RecordGuard.Name(escalationKind, "EscalationKind");
        return UpdateFlagsAsync(
            id,
            "UPDATE sessions SET escalated = 1, needs_human_followup = 1, updated_at = $now WHERE session_id = $id;",
            AuditEventTypes.Escalation,
            new Dictionary<string, string> { ["kind"] = escalationKind },
            cancellationToken);
    }

    /// <summary>
    /// A person has followed the session up: clears <see cref="ConversationSession.NeedsHumanFollowUp"/> (the
    /// escalated flag stays) and audits it. Throws <see cref="SessionNotFoundException"/>.
    /// </summary>
    public Task<ConversationSession> CompleteFollowUpAsync(string sessionId, CancellationToken cancellationToken)
    {
        var id = RecordGuard.SessionId(sessionId);
        return UpdateFlagsAsync(
            id,
            "UPDATE sessions SET needs_human_followup = 0, updated_at = $now WHERE session_id = $id;",
            AuditEventTypes.FollowUpCompleted, null, cancellationToken);
    }

    /// <summary>Sessions still waiting for human follow-up, longest-waiting first; all agents when <paramref name="agentId"/> is null.</summary>
    public Task<IReadOnlyList<ConversationSession>> ListSessionsNeedingFollowUpAsync(string? agentId, CancellationToken cancellationToken)
    {
        RecordGuard.OptionalId(agentId, "AgentId");
        return _database.ReadAsync(
            (connection, transaction, token) => SessionRows.ListAsync(
                connection,
                transaction,
                SessionRows.SelectColumns +
                " WHERE needs_human_followup = 1 AND ($agent IS NULL OR agent_id = $agent) ORDER BY updated_at, session_id;",
                token,
                ("$agent", agentId)),
            cancellationToken);
    }

    /// <summary>
    /// "Forget me": removes the session and all its turns (overwritten on disk, not just unlinked) and audits the
    /// deletion (ids and counts only). False when there was no such session.
    /// </summary>
    public async Task<bool> DeleteSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(sessionId, "D", out var parsed))
        {
            return false;
        }

        var id = parsed.ToString("D");
        var deleted = await _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var session = await SessionRows.FindAsync(connection, transaction, id, token).ConfigureAwait(false);
                if (session is null)
                {
                    return false;
                }

                var rows = await SqlCommands.ExecuteAsync(connection, transaction, "DELETE FROM turns WHERE session_id = $id;", token, ("$id", id)).ConfigureAwait(false);
                await SqlCommands.ExecuteAsync(connection, transaction, "DELETE FROM sessions WHERE session_id = $id;", token, ("$id", id)).ConfigureAwait(false);
                await AuditChain.AppendAsync(
                    connection,
                    transaction,
                    new AuditEntry(
                        AuditEventTypes.SessionDeleted,
                        session.AgentId,
                        id,
                        session.SubjectId,
                        new Dictionary<string, string>
                        {
                            ["turns"] = session.TurnCount.ToString(CultureInfo.InvariantCulture),
                            ["rows"] = rows.ToString(CultureInfo.InvariantCulture),
                        }),
                    _time.GetUtcNow(),
                    token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            await _database.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    private Task<ConversationSession> UpdateFlagsAsync(
        string sessionId,
        string updateSql,
        string eventType,
        Dictionary<string, string>? details,
        CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var now = _time.GetUtcNow();
                var session = await SessionRows.FindAsync(connection, transaction, sessionId, token).ConfigureAwait(false)
                    ?? throw new SessionNotFoundException(sessionId);
                await SqlCommands.ExecuteAsync(
                    connection,
                    transaction,
                    updateSql,
                    token,
                    ("$now", StorageTime.ToText(now)),
                    ("$id", sessionId)).ConfigureAwait(false);
                await AuditChain.AppendAsync(
                    connection,
                    transaction,
                    new AuditEntry(eventType, session.AgentId, sessionId, session.SubjectId, details),
                    now,
                    token).ConfigureAwait(false);
                return await SessionRows.FindAsync(connection, transaction, sessionId, token).ConfigureAwait(false)
                    ?? throw new SessionNotFoundException(sessionId);
            },
            cancellationToken);
}
