using System.Diagnostics;

namespace AgentHost.Tests.Server;

/// <summary>
/// Runs <c>Server/node/client.mjs</c> with the official <c>openai</c> npm package, installed once (npm ci from the
/// pinned lock, no scripts) into the test output folder, as native/fetch.sh installs llama.cpp.
/// </summary>
internal static class NodeOpenAIClient
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Server", "node");

    public static async Task<string> RunAsync(Uri v1, string agent)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", TimeSpan.FromMinutes(5), "client.mjs", v1.ToString().TrimEnd('/'), agent);
        Assert.True(exitCode == 0, $"node client.mjs failed ({exitCode}): {error}");
        return output;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", "openai", "package.json")))
            {
                return;
            }

            var (exitCode, _, error) = await RunProcessAsync("npm", TimeSpan.FromMinutes(5), "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(exitCode == 0, $"npm ci of the openai package failed ({exitCode}): {error}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string file, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran longer than {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }
}
