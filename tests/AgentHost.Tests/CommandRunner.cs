using System.CommandLine;
using AgentHost.Cli;

namespace AgentHost.Tests;

/// <summary>Runs the real <c>agenthost</c> command tree in-process with captured output and an optional stdin.</summary>
internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stdin = new StringReader(input ?? "");
        var exitCode = await AgentHostCommandLine.Create(() => stdin).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }
}
