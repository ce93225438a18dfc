namespace AgentHost.Inference.Engine;

/// <summary>One completion request: an already rendered prompt and how to generate after it.</summary>
public sealed record GenerationRequest
{
    public GenerationRequest(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        Prompt = prompt;
    }

    /// <summary>The prompt text, special tokens (e.g. chat-template markers) included.</summary>
    public string Prompt { get; }

    public int MaxTokens { get; init; } = 512;

    public SamplingOptions Sampling { get; init; } = new();

    public IReadOnlyList<string> StopSequences { get; init; } = [];

    /// <summary>Constrains (part of) the output, e.g. tool calls to valid JSON for the offered tools.</summary>
    public ToolCallGrammar? Grammar { get; init; }
}
