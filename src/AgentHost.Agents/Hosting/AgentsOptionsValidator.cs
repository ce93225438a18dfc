using AgentHost.Agents.Packages;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Hosting;

internal sealed class AgentsOptionsValidator : IValidateOptions<AgentsOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentsOptions options) =>
        Directory.Exists(options.Directory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Agents:Directory '{Path.GetFullPath(options.Directory)}' does not exist (it holds the agent packages).");
}
