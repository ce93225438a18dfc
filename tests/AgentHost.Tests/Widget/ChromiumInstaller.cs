using System.Diagnostics;

namespace AgentHost.Tests.Widget;

/// <summary>
/// Debian's chromium (and the CJK fonts the Chinese screenshots need), installed with apt-get when missing: CI machines
/// start without them, and Playwright's own browser download cannot work on a closed network.
/// </summary>
internal static class ChromiumInstaller
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private const string CjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath) && File.Exists(CjkFont))
        {
            return;
        }

        string[] packages = ["chromium", "fonts-noto-cjk"];
        var (code, output) = await AptGetAsync(["install", "-y", "--no-install-recommends", .. packages]);
        if (code != 0)
        {
            // A fresh machine may have no package lists yet.
            (code, output) = await AptGetAsync(["update"]);
            if (code == 0)
            {
                (code, output) = await AptGetAsync(["install", "-y", "--no-install-recommends", .. packages]);
            }
        }

        if (code != 0 || !File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {ExecutablePath}; 'apt-get install chromium fonts-noto-cjk' failed (exit {code}):\n{output}");
        }
    }

    private static async Task<(int Code, string Output)> AptGetAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("apt-get did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout + await stderr;
        return (process.ExitCode, text.Length > 4000 ? text[^4000..] : text);
    }
}
