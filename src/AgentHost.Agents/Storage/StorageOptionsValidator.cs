using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Storage;

/// <summary>Checks the Storage section at start, so an unusable data directory stops the host with one clear line.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problem = DataDirectoryCheck.FindProblem(options.DataDirectory);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}
