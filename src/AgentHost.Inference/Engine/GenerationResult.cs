namespace AgentHost.Inference.Engine;

/// <summary>The whole output of a non-streamed generation.</summary>
public sealed record GenerationResult(string Text, FinishReason FinishReason, int PromptTokens, int CompletionTokens, TimeSpan? TimeToFirstToken);
