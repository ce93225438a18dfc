using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

/// <summary>Fails the host at start, one line per problem, on server settings it cannot work with.</summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes < 1024)
        {
            failures.Add($"Server:MaxRequestBodyBytes must be at least 1024 (got {options.MaxRequestBodyBytes})");
        }

        if (options.MaxMessageLength < 1)
        {
            failures.Add($"Server:MaxMessageLength must be positive (got {options.MaxMessageLength})");
        }

        if (options.KeepAliveSeconds is < 1 or > 300)
        {
            failures.Add($"Server:KeepAliveSeconds must be between 1 and 300 (got {options.KeepAliveSeconds})");
        }

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            if (!ApiKeyHash.IsHash(options.ApiKeys[i]))
            {
                failures.Add($"Server:ApiKeys:{i} must be the SHA-256 hash of a key as 64 hex digits, not the key itself");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
