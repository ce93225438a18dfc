using System.Buffers;
using System.Text;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>The model's tokenizer: text to tokens and back (UTF-8 throughout).</summary>
public sealed unsafe class LlamaVocabulary
{
    private readonly SafeLlamaModelHandle _model;
    private readonly nint _vocab;
    private readonly Lazy<int[]> _endOfGeneration;

    internal LlamaVocabulary(SafeLlamaModelHandle model)
    {
        _model = model;
        _vocab = LlamaNative.llama_model_get_vocab(model);
        Count = LlamaNative.llama_vocab_n_tokens(_vocab);
        _endOfGeneration = new Lazy<int[]>(() => [.. Enumerable.Range(0, Count).Where(IsEndOfGeneration)]);
    }

    public int Count { get; }

    /// <summary>Every token that ends generation (EOS, EOT, and the template's end-of-turn markers).</summary>
    public IReadOnlyList<int> EndOfGenerationTokens => _endOfGeneration.Value;

    internal nint Pointer => _vocab;

    /// <summary>Tokenizes text; special-token markers in it (e.g. a chat template's) become their control tokens.</summary>
    public int[] Tokenize(string text, bool addSpecial = true, bool parseSpecial = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, byteCount));
        try
        {
            Encoding.UTF8.GetBytes(text, bytes);
            var tokens = new int[byteCount + 8];
            var n = TokenizeInto(bytes, byteCount, tokens, addSpecial, parseSpecial);
            if (n < 0)
            {
                tokens = new int[-n];
                n = TokenizeInto(bytes, byteCount, tokens, addSpecial, parseSpecial);
            }

            return tokens.AsSpan(0, n).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public int CountTokens(string text) => Tokenize(text, addSpecial: false).Length;

    /// <summary>Joins tokens back into text (control tokens dropped).</summary>
    public string Detokenize(ReadOnlySpan<int> tokens)
    {
        var capacity = (tokens.Length * 8) + 16;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var buffer = new byte[capacity];
            int n;
            fixed (int* t = tokens)
            fixed (byte* b = buffer)
            {
                n = LlamaNative.llama_detokenize(_vocab, t, tokens.Length, b, buffer.Length, removeSpecial: false, unparseSpecial: false);
            }

            GC.KeepAlive(_model);
            if (n >= 0)
            {
                return Encoding.UTF8.GetString(buffer, 0, n);
            }

            capacity = -n;
        }

        throw new InvalidOperationException("llama_detokenize reported an inconsistent length.");
    }

    /// <summary>Writes a token's bytes (possibly part of a UTF-8 character) into the buffer; returns the count.</summary>
    internal int TokenToPiece(int token, Span<byte> buffer)
    {
        fixed (byte* b = buffer)
        {
            var n = LlamaNative.llama_token_to_piece(_vocab, token, b, buffer.Length, 0, special: false);
            GC.KeepAlive(_model);
            return n;
        }
    }

    public bool IsEndOfGeneration(int token) => LlamaNative.llama_vocab_is_eog(_vocab, token);

    private int TokenizeInto(byte[] bytes, int byteCount, int[] tokens, bool addSpecial, bool parseSpecial)
    {
        fixed (byte* b = bytes)
        fixed (int* t = tokens)
        {
            var n = LlamaNative.llama_tokenize(_vocab, b, byteCount, t, tokens.Length, addSpecial, parseSpecial);
            GC.KeepAlive(_model);
            return n;
        }
    }
}
