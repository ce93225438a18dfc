using AgentHost.Core;
using Microsoft.Extensions.Options;

namespace AgentHost.Cli;

/// <summary>Turns the errors a command expects into one line on stderr and exit code 1, never a stack trace.</summary>
internal static class CommandErrors
{
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (AgentHostException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"configuration error: {failure}").ConfigureAwait(false);
            }

            return 1;
        }
    }
}
