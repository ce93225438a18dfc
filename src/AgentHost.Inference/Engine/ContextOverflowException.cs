using AgentHost.Core;

namespace AgentHost.Inference.Engine;

/// <summary>A prompt does not fit the context window of one sequence.</summary>
public sealed class ContextOverflowException : AgentHostException
{
    public ContextOverflowException(int promptTokens, int contextTokens)
        : base("context_length_exceeded",
            $"The prompt has {promptTokens} tokens but the context window of a request is {contextTokens} tokens.")
    {
        PromptTokens = promptTokens;
        ContextTokens = contextTokens;
    }

    public int PromptTokens { get; }

    public int ContextTokens { get; }
}
