using System.Text;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>A request that holds a llama.cpp sequence: its progress through the prompt and the generated tokens.</summary>
internal sealed class ActiveSequence : IDisposable
{
    private readonly Decoder _utf8 = new UTF8Encoding(false, false).GetDecoder();
    private readonly char[] _chars = new char[64];

    public ActiveSequence(int sequenceId, PendingGeneration pending, SafeLlamaSamplerHandle sampler)
    {
        SequenceId = sequenceId;
        Pending = pending;
        Sampler = sampler;
        Stops = new StopSequenceMatcher(pending.Request.StopSequences);
    }

    public int SequenceId { get; }

    /// <summary>
    /// Plain greedy (no penalties): the token is the arg-max of the logits, taken directly with SIMD instead of
    /// through llama.cpp's sampler, which first copies the whole vocabulary into a candidate array every token.
    /// </summary>
    public bool IsPlainGreedy { get; init; }

    public PendingGeneration Pending { get; }

    public SafeLlamaSamplerHandle Sampler { get; }

    public StopSequenceMatcher Stops { get; }

    /// <summary>Prompt tokens already in the KV cache.</summary>
    public int PromptDone { get; set; }

    /// <summary>The position the next fed token takes.</summary>
    public int Position { get; set; }

    public int Generated { get; set; }

    /// <summary>Prompt tokens this sequence put into the current batch.</summary>
    public int PromptFedThisStep { get; set; }

    /// <summary>The sampled token to feed in the next step.</summary>
    public int NextToken { get; set; }

    /// <summary>Index of this sequence's logits in the current batch, or -1.</summary>
    public int BatchIndex { get; set; } = -1;

    public long? FirstTokenAt { get; set; }

    public bool IsPrompting => PromptDone < Pending.PromptTokens.Length;

    /// <summary>Turns a token's bytes into text, keeping an incomplete UTF-8 character for the next token.</summary>
    public string DecodePiece(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var count = _utf8.GetCharCount(bytes, flush: false);
        Span<char> chars = count <= _chars.Length ? _chars : new char[count];
        var written = _utf8.GetChars(bytes, chars, flush: false);
        return new string(chars[..written]);
    }

    public void Dispose() => Sampler.Dispose();
}
