using System.Threading.Channels;

namespace AgentHost.Inference.Engine;

/// <summary>A validated request waiting for a sequence, and the channel its output goes to.</summary>
internal sealed class PendingGeneration
{
    private int _cancelled;

    public PendingGeneration(GenerationRequest request, int[] promptTokens, int maxTokens)
    {
        Request = request;
        PromptTokens = promptTokens;
        MaxTokens = maxTokens;
        Output = Channel.CreateUnbounded<GenerationChunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        SubmittedAt = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    public GenerationRequest Request { get; }

    public int[] PromptTokens { get; }

    /// <summary>Tokens this request may generate (already clamped to its context window).</summary>
    public int MaxTokens { get; }

    /// <summary>KV cells this request can ever occupy.</summary>
    public int ContextReservation => PromptTokens.Length + MaxTokens;

    public Channel<GenerationChunk> Output { get; }

    public long SubmittedAt { get; }

    public bool IsCancelled => Volatile.Read(ref _cancelled) != 0;

    public void Cancel() => Interlocked.Exchange(ref _cancelled, 1);
}
