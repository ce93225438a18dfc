namespace AgentHost.Inference.Engine;

/// <summary>
/// A piece of streamed output. The last chunk of a request has <see cref="FinishReason"/> set and carries the
/// token counts; its <see cref="Text"/> may be empty.
/// </summary>
public sealed record GenerationChunk(string Text)
{
    public FinishReason? FinishReason { get; init; }

    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }

    /// <summary>Time from admission of the request to its first generated token (last chunk only).</summary>
    public TimeSpan? TimeToFirstToken { get; init; }

    public bool IsFinal => FinishReason is not null;
}
