using Microsoft.Extensions.Logging;

namespace AgentHost.Agents.Runtime;

/// <summary>Source-generated log messages of the turn pipeline: ids and rule names only, never message text.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "Agent {AgentId} session {SessionId} escalated ({Kind}, rule {Rule}); the model was not called")]
    public static partial void Escalated(ILogger logger, string agentId, string sessionId, string kind, string rule);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Agent {AgentId} session {SessionId}: {Dropped} oldest history messages left out to fit the context")]
    public static partial void HistoryTrimmed(ILogger logger, string agentId, string sessionId, int dropped);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Agent {AgentId} session {SessionId}: the post-gate replaced part of the answer")]
    public static partial void AnswerReplaced(ILogger logger, string agentId, string sessionId);
}
