namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// Splits text into sentences after CJK sentence punctuation (。！？；), after ASCII <c>. ! ? ;</c> followed by a
/// space, and at line breaks; closing quotes and brackets stay with their sentence. The text is unchanged when the
/// pieces are joined back in order.
/// </summary>
internal static class SentenceSplitter
{
    private const string CjkEnders = "。！？；";
    private const string LatinEnders = ".!?;";
    private const string Closers = "”’」』）)\"'】";

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i + 1;
            }
            else if (CjkEnders.Contains(c, StringComparison.Ordinal))
            {
                end = SkipClosers(text, i + 1);
            }
            else if (LatinEnders.Contains(c, StringComparison.Ordinal))
            {
                var after = SkipClosers(text, i + 1);
                if (after >= text.Length || char.IsWhiteSpace(text[after]))
                {
                    end = after;
                }
            }

            if (end > 0)
            {
                // Trailing spaces belong to the sentence they follow, so joining reproduces the text.
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    end++;
                }

                sentences.Add(text[start..end]);
                start = end;
                i = end;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }

    private static int SkipClosers(string text, int position)
    {
        while (position < text.Length && Closers.Contains(text[position], StringComparison.Ordinal))
        {
            position++;
        }

        return position;
    }
}
