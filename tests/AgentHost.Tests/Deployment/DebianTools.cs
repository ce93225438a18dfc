namespace AgentHost.Tests.Deployment;

/// <summary>
/// Makes sure a command-line tool the deployment tests need is installed, installing its Debian package with
/// apt-get when it is missing (CI runs as root with Debian's package registry reachable). Without apt-get the
/// test fails with a message saying what to install: a missing tool must never turn into a passing test.
/// </summary>
internal static class DebianTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureAsync(string command, string package)
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ExternalProcess.Which(command) is { } present)
            {
                return present;
            }

            if (ExternalProcess.Which("apt-get") is null)
            {
                throw new InvalidOperationException(
                    $"The deployment tests need '{command}', which is not installed, and apt-get is not available to install it. "
                    + $"Install the Debian package '{package}' (apt-get install -y {package}) or its equivalent, then run the tests again.");
            }

            var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            string[] install = ["install", "-y", "--no-install-recommends", package];
            var result = await ExternalProcess.RunAsync("apt-get", install, environment: environment).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                // A fresh image has no package lists yet.
                await ExternalProcess.RunAsync("apt-get", ["update"], environment: environment).ConfigureAwait(false);
                result = await ExternalProcess.RunAsync("apt-get", install, environment: environment).ConfigureAwait(false);
            }

            return ExternalProcess.Which(command) ?? throw new InvalidOperationException(
                $"The deployment tests need '{command}'; installing the Debian package '{package}' with apt-get failed "
                + $"(run the tests as root, or install it yourself): {result}");
        }
        finally
        {
            Gate.Release();
        }
    }
}
