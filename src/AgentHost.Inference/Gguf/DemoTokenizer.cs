namespace AgentHost.Inference.Gguf;

/// <summary>
/// The demo model's tokenizer: every <c>tokenizer.*</c> entry of llama.cpp's real qwen2 vocabulary GGUF, with Ling
/// 2.0's chat control tokens appended and <c>&lt;|role_end|&gt;</c> made the end-of-generation token.
/// </summary>
internal sealed class DemoTokenizer
{
    /// <summary>llama_token_type LLAMA_TOKEN_TYPE_CONTROL.</summary>
    private const int ControlTokenType = 3;

    private static readonly string[] _appendedTokens =
        [Ling2ChatTemplate.RoleStartToken, Ling2ChatTemplate.RoleEndTagToken, Ling2ChatTemplate.EndOfTurnToken];

    private DemoTokenizer(IReadOnlyList<KeyValuePair<string, GgufValue>> entries, int vocabularySize, int endOfTurnTokenId)
    {
        Entries = entries;
        VocabularySize = vocabularySize;
        EndOfTurnTokenId = endOfTurnTokenId;
    }

    /// <summary>The <c>tokenizer.*</c> metadata to write, in the vocabulary file's order.</summary>
    public IReadOnlyList<KeyValuePair<string, GgufValue>> Entries { get; }

    /// <summary>Tokens in the vocabulary, the appended ones included: the row count of token_embd and output.</summary>
    public int VocabularySize { get; }

    /// <summary>The id of <c>&lt;|role_end|&gt;</c>: EOS and EOT.</summary>
    public int EndOfTurnTokenId { get; }

    public static DemoTokenizer Load(string vocabPath)
    {
        var vocabulary = GgufReader.Read(vocabPath);
        var metadata = vocabulary.Metadata;
        var tokens = metadata.GetArray(GgufKeys.TokenizerTokens).ReadItems<string>();
        var tokenTypes = metadata.GetArray(GgufKeys.TokenizerTokenType).ReadItems<int>();
        if (tokens.Length != tokenTypes.Length || tokens.Length == 0)
        {
            throw new GgufFormatException(
                GgufErrorCodes.Invalid,
                $"'{vocabulary.FileName}' is not a usable vocabulary: {tokens.Length} tokens but {tokenTypes.Length} token types.");
        }

        var existing = _appendedTokens.Where(t => Array.IndexOf(tokens, t) >= 0).ToList();
        if (existing.Count > 0)
        {
            throw new GgufFormatException(
                GgufErrorCodes.Invalid,
                $"'{vocabulary.FileName}' already holds {string.Join(", ", existing)}; the demo model appends them itself.");
        }

        var endOfTurnId = tokens.Length + Array.IndexOf(_appendedTokens, Ling2ChatTemplate.EndOfTurnToken);
        var allTokens = tokens.Concat(_appendedTokens).ToArray();
        var allTypes = tokenTypes.Concat(_appendedTokens.Select(_ => ControlTokenType)).ToArray();

        var replaced = new Dictionary<string, GgufValue>(StringComparer.Ordinal)
        {
            [GgufKeys.TokenizerTokens] = GgufValue.FromArray(allTokens),
            [GgufKeys.TokenizerTokenType] = GgufValue.FromArray(allTypes),
            [GgufKeys.TokenizerEosId] = GgufValue.From((uint)endOfTurnId),
            [GgufKeys.TokenizerEotId] = GgufValue.From((uint)endOfTurnId),
            [GgufKeys.ChatTemplate] = GgufValue.From(Ling2ChatTemplate.Template),
        };

        var entries = new List<KeyValuePair<string, GgufValue>>();
        foreach (var key in metadata.Keys.Where(k => k.StartsWith(GgufKeys.TokenizerPrefix, StringComparison.Ordinal)))
        {
            entries.Add(new(key, replaced.Remove(key, out var value) ? value : metadata[key]));
        }

        foreach (var key in new[] { GgufKeys.TokenizerTokens, GgufKeys.TokenizerTokenType, GgufKeys.TokenizerEosId, GgufKeys.TokenizerEotId, GgufKeys.ChatTemplate })
        {
            if (replaced.Remove(key, out var value))
            {
                entries.Add(new(key, value));
            }
        }

        return new DemoTokenizer(entries, allTokens.Length, endOfTurnId);
    }
}
