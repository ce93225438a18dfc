using Microsoft.Extensions.Logging;

namespace AgentHost.Agents.Hosting;

internal static partial class AgentsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Knowledge of {AgentId}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed")]
    public static partial void KnowledgeIngested(ILogger logger, string agentId, int added, int updated, int unchanged, int removed);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Knowledge of {AgentId} could not be ingested ({Code}); the agent answers from its previous knowledge")]
    public static partial void KnowledgeIngestFailed(ILogger logger, string agentId, string code);
}
