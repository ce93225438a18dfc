using System.Text;
using AgentHost.Agents.Storage;

namespace AgentHost.Agents.Tests.Storage;

public sealed class ConversationStoreTests
{
    [Fact]
    public async Task A_created_session_reads_back_with_its_fields()
    {
        using var temp = await TempStorage.OpenAsync();
        var created = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-001", "zh-CN", CancellationToken.None);

        var read = await temp.Storage.Conversations.GetSessionAsync(created.SessionId, CancellationToken.None);

        Assert.Equal(created, read);
        Assert.True(Guid.TryParseExact(created.SessionId, "D", out _));
        Assert.Equal("subj-001", created.SubjectId);
        Assert.Equal(0, created.TurnCount);
        Assert.False(created.Escalated);
        Assert.False(created.NeedsHumanFollowUp);
    }

    [Fact]
    public async Task Unknown_or_malformed_session_ids_read_as_absent()
    {
        using var temp = await TempStorage.OpenAsync();

        Assert.Null(await temp.Storage.Conversations.GetSessionAsync(Guid.NewGuid().ToString("D"), CancellationToken.None));
        Assert.Null(await temp.Storage.Conversations.GetSessionAsync("'; DROP TABLE sessions; --", CancellationToken.None));
    }

    [Fact]
    public async Task A_whole_turn_round_trips_user_message_tool_calls_answer_and_citations()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-001", "zh-CN", CancellationToken.None);
        var turn = SampleTurns.Create(session.SessionId);

        var committed = await temp.Storage.Conversations.AppendTurnAsync(turn, CancellationToken.None);
        await temp.ReopenAsync();
        var history = await temp.Storage.Conversations.ListHistoryAsync(session.SessionId, CancellationToken.None);

        var stored = Assert.Single(history);
        Assert.Equal(1, stored.TurnIndex);
        Assert.Equal(turn.UserText, stored.UserText);
        Assert.Equal(turn.AssistantText, stored.AssistantText);
        Assert.Equal(turn.ToolCalls, stored.ToolCalls);
        Assert.Equal(turn.Citations, stored.Citations);
        Assert.Equal(turn.Provenance, stored.Provenance);
        Assert.Equal(turn.Tokens, stored.Tokens);
        Assert.Null(stored.EscalationKind);
        Assert.Equal(committed.CreatedAt, stored.CreatedAt);
        Assert.Equal(1, (await temp.Storage.Conversations.GetSessionAsync(session.SessionId, CancellationToken.None))!.TurnCount);
    }

    [Fact]
    public async Task Turns_are_numbered_from_one_and_listed_in_order()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, null, "en", CancellationToken.None);

        for (var i = 1; i <= 5; i++)
        {
            var committed = await temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId, $"message {i}"), CancellationToken.None);
            Assert.Equal(i, committed.TurnIndex);
        }

        var history = await temp.Storage.Conversations.ListHistoryAsync(session.SessionId, CancellationToken.None);
        Assert.Equal([1, 2, 3, 4, 5], history.Select(t => t.TurnIndex));
        Assert.Equal(["message 1", "message 2", "message 3", "message 4", "message 5"], history.Select(t => t.UserText));
    }

    [Fact]
    public async Task A_turn_without_tool_calls_or_citations_round_trips()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, null, "en", CancellationToken.None);

        await temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId) with { ToolCalls = [], Citations = [] }, CancellationToken.None);

        var stored = Assert.Single(await temp.Storage.Conversations.ListHistoryAsync(session.SessionId, CancellationToken.None));
        Assert.Empty(stored.ToolCalls);
        Assert.Empty(stored.Citations);
    }

    [Fact]
    public async Task Appending_to_an_unknown_session_fails_and_stores_nothing()
    {
        using var temp = await TempStorage.OpenAsync();
        var missing = Guid.NewGuid().ToString("D");

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(
            () => temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(missing), CancellationToken.None));

        Assert.Equal("session_not_found", error.Code);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal(0L, await temp.ScalarRawAsync("SELECT COUNT(*) FROM turns;"));
        Assert.Equal(0L, await temp.ScalarRawAsync("SELECT COUNT(*) FROM audit_log;"));
    }

    [Fact]
    public async Task A_tool_call_with_invalid_arguments_json_is_refused_without_echoing_it()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, null, "en", CancellationToken.None);
        var turn = SampleTurns.Create(session.SessionId) with
        {
            ToolCalls = [new ToolCallRecord("c1", "inr_check", "{\"inr\": 张三", "x", IsError: false)],
        };

        var error = await Assert.ThrowsAsync<InvalidStorageRecordException>(
            () => temp.Storage.Conversations.AppendTurnAsync(turn, CancellationToken.None));

        Assert.Contains("ToolCalls[0].ArgumentsJson", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await temp.ScalarRawAsync("SELECT COUNT(*) FROM turns;"));
    }

    [Fact]
    public async Task A_cancelled_append_stores_nothing()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, null, "en", CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId), cancelled.Token));

        Assert.Empty(await temp.Storage.Conversations.ListHistoryAsync(session.SessionId, CancellationToken.None));
    }

    [Fact]
    public async Task An_escalated_turn_flags_the_session_and_the_flag_stays_set()
    {
        using var temp = await TempStorage.OpenAsync();
        var conversations = temp.Storage.Conversations;
        var calm = await conversations.CreateSessionAsync("adolescent-companion", "subj-a", "zh-CN", CancellationToken.None);
        var crisis = await conversations.CreateSessionAsync("adolescent-companion", "subj-b", "zh-CN", CancellationToken.None);
        await conversations.AppendTurnAsync(SampleTurns.Create(calm.SessionId), CancellationToken.None);

        await conversations.AppendTurnAsync(SampleTurns.Create(crisis.SessionId, escalationKind: "crisis"), CancellationToken.None);
        await conversations.AppendTurnAsync(SampleTurns.Create(crisis.SessionId), CancellationToken.None);

        var flagged = await conversations.GetSessionAsync(crisis.SessionId, CancellationToken.None);
        Assert.True(flagged!.Escalated);
        Assert.True(flagged.NeedsHumanFollowUp);
        var waiting = await conversations.ListSessionsNeedingFollowUpAsync(null, CancellationToken.None);
        Assert.Equal([crisis.SessionId], waiting.Select(s => s.SessionId));
        Assert.Empty(await conversations.ListSessionsNeedingFollowUpAsync(SampleTurns.AgentId, CancellationToken.None));
        var history = await conversations.ListHistoryAsync(crisis.SessionId, CancellationToken.None);
        Assert.Equal(["crisis", null], history.Select(t => t.EscalationKind));
    }

    [Fact]
    public async Task A_gate_escalation_answered_without_the_model_is_stored_without_a_model_id()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync("adolescent-companion", "subj-d", "zh-CN", CancellationToken.None);
        var script = new NewTurn(
            session.SessionId,
            "活着没意思",
            "你现在的感受很重要。请立即拨打 12356 心理援助热线，或 120 / 110。",
            [],
            [],
            new TurnProvenance(null, "1.0.0"),
            new TurnTokenCounts(0, 0),
            "crisis");

        await temp.Storage.Conversations.AppendTurnAsync(script, CancellationToken.None);

        var stored = Assert.Single(await temp.Storage.Conversations.ListHistoryAsync(session.SessionId, CancellationToken.None));
        Assert.Equal(new TurnProvenance(null, "1.0.0"), stored.Provenance);
        Assert.Equal("crisis", stored.EscalationKind);
        Assert.True((await temp.Storage.Conversations.GetSessionAsync(session.SessionId, CancellationToken.None))!.NeedsHumanFollowUp);
    }

    [Fact]
    public async Task Completing_a_follow_up_clears_only_the_follow_up_flag()
    {
        using var temp = await TempStorage.OpenAsync();
        var conversations = temp.Storage.Conversations;
        var session = await conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-c", "zh-CN", CancellationToken.None);

        var escalated = await conversations.MarkEscalatedAsync(session.SessionId, "emergency", CancellationToken.None);
        var completed = await conversations.CompleteFollowUpAsync(session.SessionId, CancellationToken.None);

        Assert.True(escalated.Escalated && escalated.NeedsHumanFollowUp);
        Assert.True(completed.Escalated);
        Assert.False(completed.NeedsHumanFollowUp);
        Assert.Empty(await conversations.ListSessionsNeedingFollowUpAsync(null, CancellationToken.None));
        var events = await temp.Storage.Audit.ReadAsync(0, 100, CancellationToken.None);
        Assert.Equal(
            [AuditEventTypes.SessionCreated, AuditEventTypes.Escalation, AuditEventTypes.FollowUpCompleted],
            events.Select(e => e.EventType));
        Assert.Equal("emergency", events[1].Details["kind"]);
    }

    [Fact]
    public async Task A_committed_turn_is_audited_with_ids_and_counts_but_no_text()
    {
        using var temp = await TempStorage.OpenAsync();
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-001", "zh-CN", CancellationToken.None);

        await temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId, escalationKind: "emergency"), CancellationToken.None);

        var events = await temp.Storage.Audit.ReadAsync(0, 100, CancellationToken.None);
        Assert.Equal(
            [AuditEventTypes.SessionCreated, AuditEventTypes.ToolCall, AuditEventTypes.ToolCall, AuditEventTypes.Escalation, AuditEventTypes.TurnCommitted],
            events.Select(e => e.EventType));
        Assert.All(events, e => Assert.Equal((SampleTurns.AgentId, session.SessionId, "subj-001"), (e.AgentId!, e.SessionId!, e.SubjectId!)));
        var committed = events[^1].Details;
        Assert.Equal("1", committed["turn_index"]);
        Assert.Equal("2", committed["tool_calls"]);
        Assert.Equal("2", committed["citations"]);
        Assert.Equal("812", committed["prompt_tokens"]);
        Assert.Equal(["inr_check", "valve_echo_assess"], events.Where(e => e.EventType == AuditEventTypes.ToolCall).Select(e => e.Details["tool"]));
        var auditText = (string)(await temp.ScalarRawAsync("SELECT group_concat(details || coalesce(agent_id, '') || event_type, '|') FROM audit_log;"))!;
        Assert.DoesNotContain("INR", auditText, StringComparison.Ordinal);
        Assert.DoesNotContain("3.8", auditText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgetting_a_session_removes_its_text_from_the_files_and_keeps_an_audit_record()
    {
        using var temp = await TempStorage.OpenAsync();
        var conversations = temp.Storage.Conversations;
        var kept = await conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-keep", "zh-CN", CancellationToken.None);
        var forgotten = await conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-forget", "zh-CN", CancellationToken.None);
        const string Marker = "FORGET-ME-MARKER-7f3a 我叫王小明";
        await conversations.AppendTurnAsync(SampleTurns.Create(kept.SessionId), CancellationToken.None);
        await conversations.AppendTurnAsync(SampleTurns.Create(forgotten.SessionId, Marker), CancellationToken.None);
        await conversations.AppendTurnAsync(SampleTurns.Create(forgotten.SessionId, Marker), CancellationToken.None);

        Assert.True(await conversations.DeleteSessionAsync(forgotten.SessionId, CancellationToken.None));
        Assert.False(await conversations.DeleteSessionAsync(forgotten.SessionId, CancellationToken.None));

        Assert.Null(await conversations.GetSessionAsync(forgotten.SessionId, CancellationToken.None));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => conversations.ListHistoryAsync(forgotten.SessionId, CancellationToken.None));
        Assert.Single(await conversations.ListHistoryAsync(kept.SessionId, CancellationToken.None));
        Assert.Equal(0L, await temp.ScalarRawAsync($"SELECT COUNT(*) FROM turns WHERE session_id = '{forgotten.SessionId}';"));
        var deletion = (await temp.Storage.Audit.ReadAsync(0, 100, CancellationToken.None))[^1];
        Assert.Equal(AuditEventTypes.SessionDeleted, deletion.EventType);
        Assert.Equal((forgotten.SessionId, "subj-forget", "2"), (deletion.SessionId, deletion.SubjectId, deletion.Details["turns"]));
        Assert.True((await temp.Storage.Audit.VerifyAsync(CancellationToken.None)).IsValid);

        temp.Storage.Dispose();
        var marker = Encoding.UTF8.GetBytes(Marker);
        foreach (var file in Directory.GetFiles(temp.DataDirectory))
        {
            Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(marker) >= 0, $"{Path.GetFileName(file)} still holds the forgotten text");
        }
    }

    [Fact]
    public async Task Concurrent_turns_get_distinct_consecutive_indexes_and_a_valid_chain()
    {
        using var temp = await TempStorage.OpenAsync();
        var conversations = temp.Storage.Conversations;
        var shared = await conversations.CreateSessionAsync(SampleTurns.AgentId, "subj-shared", "zh-CN", CancellationToken.None);
        var own = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            conversations.CreateSessionAsync(SampleTurns.AgentId, $"subj-{i}", "zh-CN", CancellationToken.None)));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            conversations.AppendTurnAsync(SampleTurns.Create(i % 2 == 0 ? shared.SessionId : own[i % 4].SessionId, $"m{i}"), CancellationToken.None))));

        var history = await conversations.ListHistoryAsync(shared.SessionId, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 20), history.Select(t => t.TurnIndex));
        Assert.Equal(20, history.Select(t => t.UserText).Distinct().Count());
        var verification = await temp.Storage.Audit.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsValid);
        Assert.Equal(5 + (40 * 3), verification.RecordsChecked);
    }

    [Fact]
    public async Task Ids_that_could_carry_text_are_refused()
    {
        using var temp = await TempStorage.OpenAsync();

        await Assert.ThrowsAsync<InvalidStorageRecordException>(
            () => temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, "王小明 13800000000", "zh-CN", CancellationToken.None));
        await Assert.ThrowsAsync<InvalidStorageRecordException>(
            () => temp.Storage.Conversations.CreateSessionAsync("agent\n", null, "zh-CN", CancellationToken.None));
        var session = await temp.Storage.Conversations.CreateSessionAsync(SampleTurns.AgentId, null, "zh-CN", CancellationToken.None);
        await Assert.ThrowsAsync<InvalidStorageRecordException>(
            () => temp.Storage.Conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId, escalationKind: "Crisis now"), CancellationToken.None));
    }
}
