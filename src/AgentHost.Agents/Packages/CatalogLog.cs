using Microsoft.Extensions.Logging;

namespace AgentHost.Agents.Packages;

internal static partial class CatalogLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Agent package {Id} reloaded (version {Version}, content {Hash})")]
    public static partial void Reloaded(ILogger logger, string id, string version, string hash);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Agent package {Id} changed but is invalid; the last good version keeps serving. {Count} problem(s): {Problems}")]
    public static partial void ReloadRejected(ILogger logger, string id, int count, string problems);
}
