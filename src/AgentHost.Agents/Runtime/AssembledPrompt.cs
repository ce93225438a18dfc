using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Runtime;

/// <summary>The messages sent to the model for a turn, and how much history the budget left out.</summary>
public sealed record AssembledPrompt(IReadOnlyList<ChatMessage> Messages, int PromptTokens, int HistoryMessagesDropped);
