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

        if (options.WidgetTokenSecret is { Length: > 0 and < 32 })
        {
            failures.Add("Server:WidgetTokenSecret must be at least 32 characters (a random secret shared with the portal)");
        }

        if (options.MessagesPerMinute < 0)
        {
            failures.Add($"Server:MessagesPerMinute must not be negative (got {options.MessagesPerMinute}; 0 turns the limit off)");
        }

        foreach (var origin in options.CorsOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                failures.Add($"Server origins must look like https://portal.hospital.example (scheme and host, no path or trailing slash); got '{origin}'");
            }
        }

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            if (!ApiKeyEntry.TryParse(options.ApiKeys[i], out _))
            {
                failures.Add($"Server:ApiKeys:{i} must be the SHA-256 hash of a key as 64 hex digits (not the key itself), optionally followed by ':' and scopes (agent ids, or admin)");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
