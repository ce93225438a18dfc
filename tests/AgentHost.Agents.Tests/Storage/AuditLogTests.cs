using AgentHost.Agents.Storage;
using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Tests.Storage;

public sealed class AuditLogTests
{
    private const string DropTriggers = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

    [Fact]
    public async Task An_empty_log_verifies()
    {
        using var temp = await TempStorage.OpenAsync();

        var verification = await temp.Storage.Audit.VerifyAsync(CancellationToken.None);

        Assert.Equal(new AuditVerification(true, 0, null, AuditProblem.None, 0, AuditChain.GenesisHash), verification);
    }

    [Fact]
    public async Task Appended_records_chain_by_hash_and_verify()
    {
        using var temp = await TempStorage.OpenAsync();
        var records = await AppendAsync(temp, 5);

        var verification = await temp.Storage.Audit.VerifyAsync(CancellationToken.None);

        Assert.True(verification.IsValid);
        Assert.Equal(5, verification.RecordsChecked);
        Assert.Equal(records[^1].Hash, verification.HeadHash);
        Assert.Equal(AuditChain.GenesisHash, records[0].PreviousHash);
        for (var i = 1; i < records.Count; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
            Assert.Equal(i + 1, records[i].Sequence);
        }

        Assert.Equal(records.Select(Key), (await temp.Storage.Audit.ReadAsync(0, 10, CancellationToken.None)).Select(Key));
        Assert.Equal(records.Skip(2).Take(2).Select(Key), (await temp.Storage.Audit.ReadAsync(2, 2, CancellationToken.None)).Select(Key));

        static (long, DateTimeOffset, string, string, string) Key(AuditRecord r) => (r.Sequence, r.Time, r.Details["version"], r.PreviousHash, r.Hash);
    }

    [Fact]
    public async Task The_database_refuses_updates_and_deletes_of_audit_rows()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 2);

        var update = await Assert.ThrowsAsync<SqliteException>(() => temp.ExecuteRawAsync("UPDATE audit_log SET agent_id = 'x' WHERE seq = 1;"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => temp.ExecuteRawAsync("DELETE FROM audit_log WHERE seq = 2;"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True((await temp.Storage.Audit.VerifyAsync(CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task Dropped_triggers_come_back_at_the_next_open()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 1);
        await temp.ExecuteRawAsync(DropTriggers);

        await temp.ReopenAsync();

        await Assert.ThrowsAsync<SqliteException>(() => temp.ExecuteRawAsync("DELETE FROM audit_log;"));
    }

    [Fact]
    public async Task An_edited_record_is_found()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 5);

        await temp.ExecuteRawAsync(DropTriggers + "UPDATE audit_log SET details = '{\"worker\":\"9\"}' WHERE seq = 3;");

        await AssertBrokenAtAsync(temp, 3, AuditProblem.HashMismatch);
    }

    [Fact]
    public async Task An_edited_record_with_a_recomputed_hash_is_found_at_the_next_record()
    {
        using var temp = await TempStorage.OpenAsync();
        var records = await AppendAsync(temp, 5);
        var forged = AuditChain.Hash(3, "2030-01-01T00:00:00.0000000Z", "package_loaded", "probe", null, null, "{}", records[1].Hash);

        await temp.ExecuteRawAsync(DropTriggers +
            $"UPDATE audit_log SET time = '2030-01-01T00:00:00.0000000Z', agent_id = 'probe', details = '{{}}', hash = '{forged}' WHERE seq = 3;");

        await AssertBrokenAtAsync(temp, 4, AuditProblem.PreviousHashMismatch);
    }

    [Fact]
    public async Task A_deleted_record_is_found()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 5);

        await temp.ExecuteRawAsync(DropTriggers + "DELETE FROM audit_log WHERE seq = 2;");

        await AssertBrokenAtAsync(temp, 2, AuditProblem.MissingRecord);
    }

    [Fact]
    public async Task A_deleted_first_record_is_found()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 3);

        await temp.ExecuteRawAsync(DropTriggers + "DELETE FROM audit_log WHERE seq = 1;");

        await AssertBrokenAtAsync(temp, 1, AuditProblem.MissingRecord);
    }

    [Fact]
    public async Task An_inserted_record_is_found_even_with_a_correct_hash_of_its_own()
    {
        using var temp = await TempStorage.OpenAsync();
        var records = await AppendAsync(temp, 5);
        const string Time = "2024-01-01T00:00:00.0000000Z";
        var forged = AuditChain.Hash(3, Time, "package_loaded", "intruder", null, null, "{}", records[1].Hash);

        // Renumber 3.. to 4.. (through negatives, as the primary key must stay unique), then slot a forged record in at 3.
        await temp.ExecuteRawAsync(DropTriggers +
            "UPDATE audit_log SET seq = -seq - 1 WHERE seq >= 3; UPDATE audit_log SET seq = -seq WHERE seq < 0;" +
            $"INSERT INTO audit_log VALUES (3, '{Time}', 'package_loaded', 'intruder', NULL, NULL, '{{}}', '{records[1].Hash}', '{forged}');");

        await AssertBrokenAtAsync(temp, 4, AuditProblem.PreviousHashMismatch);
    }

    [Fact]
    public async Task An_appended_forgery_with_a_wrong_hash_is_found()
    {
        using var temp = await TempStorage.OpenAsync();
        var records = await AppendAsync(temp, 3);

        await temp.ExecuteRawAsync(DropTriggers +
            $"INSERT INTO audit_log VALUES (4, '2024-01-01T00:00:00.0000000Z', 'package_loaded', NULL, NULL, NULL, '{{}}', '{records[2].Hash}', '{new string('a', 64)}');");

        await AssertBrokenAtAsync(temp, 4, AuditProblem.HashMismatch);
    }

    [Fact]
    public async Task Reordered_records_are_found()
    {
        using var temp = await TempStorage.OpenAsync();
        await AppendAsync(temp, 5);

        await temp.ExecuteRawAsync(DropTriggers +
            "UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -1;");

        await AssertBrokenAtAsync(temp, 3, AuditProblem.PreviousHashMismatch);
    }

    [Fact]
    public async Task Parallel_appends_never_fork_the_chain()
    {
        using var temp = await TempStorage.OpenAsync();

        var appended = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            temp.Storage.Audit.AppendAsync(
                new AuditEntry(AuditEventTypes.ToolCall, "agent-a", Details: new Dictionary<string, string> { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), appended.Select(r => r.Sequence).Order());
        Assert.Equal(200, appended.Select(r => r.PreviousHash).Distinct().Count());
        var verification = await temp.Storage.Audit.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsValid);
        Assert.Equal(200, verification.RecordsChecked);
    }

    [Theory]
    [InlineData("chest pain since this morning")]
    [InlineData("不想活了")]
    [InlineData("line\nbreak")]
    public async Task Detail_values_that_could_be_patient_text_are_refused(string value)
    {
        using var temp = await TempStorage.OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidStorageRecordException>(() => temp.Storage.Audit.AppendAsync(
            new AuditEntry(AuditEventTypes.Escalation, Details: new Dictionary<string, string> { ["kind"] = value }),
            CancellationToken.None));

        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await temp.ScalarRawAsync("SELECT COUNT(*) FROM audit_log;"));
    }

    [Theory]
    [InlineData("TurnCommitted")]
    [InlineData("turn committed")]
    [InlineData("")]
    public async Task Event_types_must_be_snake_case(string eventType)
    {
        using var temp = await TempStorage.OpenAsync();

        await Assert.ThrowsAsync<InvalidStorageRecordException>(
            () => temp.Storage.Audit.AppendAsync(new AuditEntry(eventType), CancellationToken.None));
    }

    [Fact]
    public void The_hash_covers_every_field()
    {
        var baseline = AuditChain.Hash(1, "t", "e", "a", "s", "u", "{}", AuditChain.GenesisHash);

        Assert.NotEqual(baseline, AuditChain.Hash(2, "t", "e", "a", "s", "u", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t2", "e", "a", "s", "u", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e2", "a", "s", "u", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e", null, "s", "u", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e", "a", "s2", "u", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e", "a", "s", "u2", "{}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e", "a", "s", "u", "{\"k\":\"v\"}", AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.Hash(1, "t", "e", "a", "s", "u", "{}", new string('1', 64)));
        // Moving text between fields changes the hash too: the canonical form keeps field boundaries.
        Assert.NotEqual(AuditChain.Hash(1, "t", "e", "ab", "", "u", "{}", AuditChain.GenesisHash), AuditChain.Hash(1, "t", "e", "a", "b", "u", "{}", AuditChain.GenesisHash));
    }

    private static async Task<List<AuditRecord>> AppendAsync(TempStorage temp, int count)
    {
        var records = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(await temp.Storage.Audit.AppendAsync(
                new AuditEntry(
                    AuditEventTypes.PackageLoaded,
                    "cardiac-valve-followup",
                    Details: new Dictionary<string, string> { ["version"] = $"1.0.{i}", ["sha256"] = new string('c', 64) }),
                CancellationToken.None));
        }

        return records;
    }

    private static async Task AssertBrokenAtAsync(TempStorage temp, long sequence, AuditProblem problem)
    {
        var verification = await temp.Storage.Audit.VerifyAsync(CancellationToken.None);
        Assert.False(verification.IsValid);
        Assert.Equal(sequence, verification.FirstBrokenSequence);
        Assert.Equal(problem, verification.Problem);
    }
}
