using System.Diagnostics;
using System.Text;

namespace AgentHost.Agents.Tests.Storage;

/// <summary>Runs the crash probe (built next to the tests, in crash-probe/) and kills it hard.</summary>
internal sealed class StoreCrashProbeProcess : IDisposable
{
    private static readonly TimeSpan s_lineTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private StoreCrashProbeProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public static string ProbePath => Path.Combine(AppContext.BaseDirectory, "crash-probe", "AgentHost.Agents.StoreCrashProbe.dll");

    public static StoreCrashProbeProcess Start(string dataDirectory, int workers)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProbePath);
        start.ArgumentList.Add(dataDirectory);
        start.ArgumentList.Add(workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new StoreCrashProbeProcess(Process.Start(start) ?? throw new InvalidOperationException("The crash probe did not start."));
    }

    /// <summary>Reads stdout until <paramref name="count"/> turns are reported committed; returns them.</summary>
    public async Task<List<(string SessionId, int TurnIndex)>> ReadCommittedAsync(int count)
    {
        var committed = new List<(string, int)>();
        using var timeout = new CancellationTokenSource(s_lineTimeout);
        while (committed.Count < count)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The crash probe exited early: {Errors()}");
            var parts = line.Split(' ');
            if (parts is ["committed", var session, var turn])
            {
                committed.Add((session, int.Parse(turn, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return committed;
    }

    /// <summary>Kills the process (and any children) without letting it clean up, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static string DotnetHost()
    {
        // The test host itself usually runs under dotnet; otherwise the SDK's variable or PATH finds it.
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }
}
