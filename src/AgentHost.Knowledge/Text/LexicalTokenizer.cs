using System.Text;

namespace AgentHost.Knowledge.Text;

/// <summary>
/// The one tokenizer both stores index and query with. CJK runs become overlapping character bigrams (a run of one
/// character stays a unigram), because Chinese has no spaces and most medical terms are two characters (抗凝, 心悸);
/// other scripts become lower-cased words of letters and digits. Text is NFKC-normalized first, so full-width
/// letters and digits match their ASCII forms. Punctuation and spaces separate tokens and never join a bigram.
/// </summary>
public static class LexicalTokenizer
{
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var word = new StringBuilder();
        Rune? previousCjk = null;
        var runLength = 0;

        foreach (var rune in normalized.EnumerateRunes())
        {
            if (CjkCharacters.IsCjk(rune))
            {
                FlushWord(word, tokens);
                if (previousCjk is { } previous)
                {
                    tokens.Add(previous.ToString() + rune.ToString());
                }

                previousCjk = rune;
                runLength++;
                continue;
            }

            FlushRun(ref previousCjk, ref runLength, tokens);
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                FlushWord(word, tokens);
            }
        }

        FlushRun(ref previousCjk, ref runLength, tokens);
        FlushWord(word, tokens);
        return tokens;
    }

    private static void FlushRun(ref Rune? previousCjk, ref int runLength, List<string> tokens)
    {
        if (runLength == 1 && previousCjk is { } single)
        {
            tokens.Add(single.ToString());
        }

        previousCjk = null;
        runLength = 0;
    }

    private static void FlushWord(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }
}
