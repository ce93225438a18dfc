using System.Globalization;
using System.Text;

namespace AgentHost.Agents.Safety;

/// <summary>
/// Puts a message into the one form every safety pattern is written against, so that spacing, width, case and
/// filler characters cannot dodge a pattern:
/// <list type="number">
/// <item>NFKC (full-width letters, digits and spaces become half-width; ℃ becomes °c);</item>
/// <item>format characters (zero-width space/joiner, BOM, soft hyphen) and apostrophes are dropped
/// ("don't" → "dont");</item>
/// <item>lower case (invariant);</item>
/// <item>a run of spaces, punctuation or symbols (emoji included) between two CJK characters is removed
/// ("不 想-活…了" → "不想活了"); elsewhere it becomes one space; a decimal point or comma between digits, '°' and
/// '%' are kept;</item>
/// <item>three or more single letters in a row are joined ("k.i.l.l myself" → "kill myself").</item>
/// </list>
/// </summary>
public static class SafetyTextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Normalize(NormalizationForm.FormKC);
        var runes = new List<Rune>(source.Length);
        foreach (var rune in source.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || IsApostrophe(rune))
            {
                continue;
            }

            runes.Add(Rune.ToLowerInvariant(rune));
        }

        var output = new StringBuilder(source.Length);
        Rune? lastContent = null;
        var pendingSeparator = false;
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (IsContent(runes, i))
            {
                if (pendingSeparator && lastContent is { } previous && !(IsCjk(previous) && IsCjk(rune)))
                {
                    output.Append(' ');
                }

                pendingSeparator = false;
                output.Append(rune.ToString());
                lastContent = rune;
            }
            else
            {
                pendingSeparator = lastContent is not null;
            }
        }

        return JoinSpelledOutLetters(output.ToString());
    }

    private static bool IsApostrophe(Rune rune) =>
        rune.Value is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4';

    private static bool IsContent(List<Rune> runes, int index)
    {
        var rune = runes[index];
        if (Rune.IsLetterOrDigit(rune) || rune.Value is '°' or '%')
        {
            return true;
        }

        if (rune.Value is '.' or ',' && index > 0 && index + 1 < runes.Count)
        {
            return Rune.IsDigit(runes[index - 1]) && Rune.IsDigit(runes[index + 1]);
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    internal static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3040 and <= 0x30FF => true,   // kana
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };

    private static string JoinSpelledOutLetters(string text)
    {
        var tokens = text.Split(' ');
        if (tokens.Length < 3)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < tokens.Length)
        {
            var end = i;
            while (end < tokens.Length && IsSingleLatinLetter(tokens[end]))
            {
                end++;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            if (end - i >= 3)
            {
                output.Append(string.Concat(tokens[i..end]));
                i = end;
            }
            else
            {
                output.Append(tokens[i]);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool IsSingleLatinLetter(string token) => token.Length == 1 && char.IsAsciiLetter(token[0]);
}
