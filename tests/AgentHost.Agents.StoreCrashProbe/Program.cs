using System.Globalization;
using AgentHost.Agents.Storage;
using AgentHost.Agents.StoreCrashProbe;

// Usage: AgentHost.Agents.StoreCrashProbe <data directory> [workers]
// Each worker commits turns to its own sessions (a new session every 4 turns) and appends a standalone audit record
// after each turn. Content is a pure function of (session, turn index), so after a kill the test can check every
// stored turn — reported or not — for completeness. "committed <session> <turn>" is printed only after the commit.
if (args.Length is < 1 or > 2)
{
    await Console.Error.WriteLineAsync("usage: AgentHost.Agents.StoreCrashProbe <data directory> [workers]");
    return 2;
}

var workers = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
using var storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = args[0] }, null, CancellationToken.None);
Console.Out.WriteLine("ready");
await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => ProbeWorker.RunAsync(storage, worker))));
return 0;
