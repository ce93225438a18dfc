using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Embedded;

/// <summary>Builds the FTS5 side of a search: the indexed token string and an OR-query of quoted query tokens.</summary>
internal static class FtsQuery
{
    /// <summary>More distinct tokens than this add little to ranking and only slow the query down.</summary>
    public const int MaxQueryTokens = 64;

    public static string IndexedTokens(string text) => string.Join(' ', LexicalTokenizer.Tokenize(text));

    /// <summary>Null when the query has no indexable token (only punctuation, say).</summary>
    public static string? Match(string text)
    {
        var tokens = LexicalTokenizer.Tokenize(text).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens).ToList();
        return tokens.Count == 0 ? null : string.Join(" OR ", tokens.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
