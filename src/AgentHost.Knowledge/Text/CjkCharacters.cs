using System.Text;

namespace AgentHost.Knowledge.Text;

/// <summary>Which code points count as CJK for bigram indexing and token estimates.</summary>
internal static class CjkCharacters
{
    public static bool IsCjk(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x4E00 and <= 0x9FFF)      // CJK Unified Ideographs
            or (>= 0x3400 and <= 0x4DBF)           // Extension A
            or (>= 0x20000 and <= 0x323AF)         // Extensions B–H
            or (>= 0xF900 and <= 0xFAFF)           // Compatibility Ideographs
            or (>= 0x3040 and <= 0x30FF)           // Hiragana, Katakana
            or (>= 0xAC00 and <= 0xD7AF);          // Hangul syllables
    }

    /// <summary>Share of CJK among letters, used to guess a document's language when its front matter does not say.</summary>
    public static double Share(string text)
    {
        var cjk = 0;
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                cjk++;
                letters++;
            }
            else if (Rune.IsLetter(rune))
            {
                letters++;
            }
        }

        return letters == 0 ? 0 : (double)cjk / letters;
    }
}
