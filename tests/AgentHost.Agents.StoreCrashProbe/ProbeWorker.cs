using System.Globalization;
using AgentHost.Agents.Storage;

namespace AgentHost.Agents.StoreCrashProbe;

/// <summary>Commits turns forever; the test ends the process with a hard kill.</summary>
internal static class ProbeWorker
{
    public const string AgentId = "crash-probe";

    public static async Task RunAsync(AgentStorage storage, int worker)
    {
        while (true)
        {
            var session = await storage.Conversations.CreateSessionAsync(AgentId, $"subject-{worker}", "zh-CN", CancellationToken.None);
            for (var turnIndex = 1; turnIndex <= 4; turnIndex++)
            {
                await storage.Conversations.AppendTurnAsync(ProbeTurn.Create(session.SessionId, turnIndex), CancellationToken.None);
                Console.Out.WriteLine($"committed {session.SessionId} {turnIndex.ToString(CultureInfo.InvariantCulture)}");
                await storage.Audit.AppendAsync(
                    new AuditEntry(
                        AuditEventTypes.PackageLoaded,
                        AgentId,
                        Details: new Dictionary<string, string> { ["worker"] = worker.ToString(CultureInfo.InvariantCulture) }),
                    CancellationToken.None);
            }
        }
    }
}
