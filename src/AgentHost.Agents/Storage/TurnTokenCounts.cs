namespace AgentHost.Agents.Storage;

/// <summary>Tokens the turn cost: prompt (including history, tools and context) and completion, over all rounds.</summary>
public sealed record TurnTokenCounts(int PromptTokens, int CompletionTokens);
