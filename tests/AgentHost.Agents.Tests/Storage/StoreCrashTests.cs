using AgentHost.Agents.Storage;
using AgentHost.Agents.StoreCrashProbe;

namespace AgentHost.Agents.Tests.Storage;

/// <summary>
/// Must show: kill the process mid-turn; on restart no committed turn is lost, no partial turn exists, and the audit
/// chain verifies. The probe commits turns from three concurrent workers and is killed hard at several points, all
/// against the same data directory, which is reopened and checked after every kill.
/// </summary>
public sealed class StoreCrashTests
{
    [Fact]
    public async Task Killing_the_process_mid_turn_loses_no_committed_turn_and_leaves_a_valid_chain()
    {
        Assert.True(File.Exists(StoreCrashProbeProcess.ProbePath), $"crash probe not built at {StoreCrashProbeProcess.ProbePath}");
        using var directory = new TempDataDirectory();
        var reported = new List<(string SessionId, int TurnIndex)>();
        int[] killAfter = [1, 9, 30, 75];
        var random = new Random(20250301);

        foreach (var count in killAfter)
        {
            using (var probe = StoreCrashProbeProcess.Start(directory.Path, workers: 3))
            {
                reported.AddRange(await probe.ReadCommittedAsync(count));
                // A few milliseconds more, so the kill lands at varying points inside the next transactions.
                await Task.Delay(random.Next(0, 15));
                await probe.KillAsync();
            }

            using var storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = directory.Path }, null, CancellationToken.None);
            await AssertEveryReportedTurnIsWholeAsync(storage, reported);
            await AssertNoPartialTurnAsync(storage, directory.Path);
            var verification = await storage.Audit.VerifyAsync(CancellationToken.None);
            Assert.True(verification.IsValid, $"audit chain broken at {verification.FirstBrokenSequence}: {verification.Problem}");
        }
    }

    private static async Task AssertEveryReportedTurnIsWholeAsync(AgentStorage storage, List<(string SessionId, int TurnIndex)> reported)
    {
        foreach (var group in reported.GroupBy(r => r.SessionId))
        {
            var history = await storage.Conversations.ListHistoryAsync(group.Key, CancellationToken.None);
            foreach (var (sessionId, turnIndex) in group)
            {
                var stored = history.SingleOrDefault(t => t.TurnIndex == turnIndex);
                Assert.True(stored is not null, $"committed turn {turnIndex} of {sessionId} was lost");
                AssertMatchesProbe(stored);
            }
        }
    }

    private static async Task AssertNoPartialTurnAsync(AgentStorage storage, string dataDirectory)
    {
        var sessionIds = await RawAsync(dataDirectory, "SELECT session_id FROM sessions;");
        var expectedRows = 0;
        var turns = 0;
        foreach (var sessionId in sessionIds)
        {
            var session = await storage.Conversations.GetSessionAsync(sessionId, CancellationToken.None);
            var history = await storage.Conversations.ListHistoryAsync(sessionId, CancellationToken.None);
            Assert.Equal(Enumerable.Range(1, session!.TurnCount), history.Select(t => t.TurnIndex));
            foreach (var turn in history)
            {
                AssertMatchesProbe(turn);
                expectedRows += turn.ToolCalls.Count + 2;
            }

            turns += history.Count;
        }

        // Rows the reader could not assemble into a whole turn (a user row without its answer, say) would show here.
        Assert.Equal(expectedRows.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await RawAsync(dataDirectory, "SELECT COUNT(*) FROM turns;")));
        var events = await storage.Audit.ReadAsync(0, int.MaxValue, CancellationToken.None);
        Assert.Equal(turns, events.Count(e => e.EventType == AuditEventTypes.TurnCommitted));
        Assert.Equal(sessionIds.Count, events.Count(e => e.EventType == AuditEventTypes.SessionCreated));
    }

    private static void AssertMatchesProbe(StoredTurn stored)
    {
        var expected = ProbeTurn.Create(stored.SessionId, stored.TurnIndex);
        Assert.Equal(expected.UserText, stored.UserText);
        Assert.Equal(expected.AssistantText, stored.AssistantText);
        Assert.Equal(expected.ToolCalls, stored.ToolCalls);
        Assert.Equal(expected.Citations, stored.Citations);
        Assert.Equal(expected.Provenance, stored.Provenance);
        Assert.Equal(expected.Tokens, stored.Tokens);
    }

    private static async Task<List<string>> RawAsync(string dataDirectory, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(dataDirectory, AgentStorage.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
