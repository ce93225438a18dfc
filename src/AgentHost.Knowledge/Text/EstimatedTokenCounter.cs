using System.Text;

namespace AgentHost.Knowledge.Text;

/// <summary>
/// A model-free token estimate for chunk sizing: one token per CJK character, one per punctuation mark or symbol,
/// and one per started group of four characters of a word in other scripts. It over-counts Chinese on BPE
/// vocabularies such as Qwen's (≈1.4 characters per token), which is the safe side for a prompt budget.
/// </summary>
public sealed class EstimatedTokenCounter : ITokenCounter
{
    public static EstimatedTokenCounter Instance { get; } = new();

    public int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var wordLength = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!CjkCharacters.IsCjk(rune) && Rune.IsLetterOrDigit(rune))
            {
                wordLength++;
                continue;
            }

            count += (wordLength + 3) / 4;
            wordLength = 0;
            if (!Rune.IsWhiteSpace(rune))
            {
                count++;
            }
        }

        return count + ((wordLength + 3) / 4);
    }
}
