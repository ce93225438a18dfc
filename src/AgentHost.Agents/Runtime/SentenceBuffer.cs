using System.Text;

namespace AgentHost.Agents.Runtime;

/// <summary>
/// Holds streamed text until a sentence ends (。！？；.!?; or a line break), so the post-gate can check every
/// sentence before the patient sees it, while the answer still streams sentence by sentence.
/// </summary>
public sealed class SentenceBuffer
{
    private static readonly char[] Ends = ['。', '！', '？', '；', '!', '?', ';', '\n', '.'];
    private readonly StringBuilder _pending = new();

    /// <summary>Adds text; returns the complete sentences now available (possibly empty).</summary>
    public string Push(string text)
    {
        _pending.Append(text);
        var all = _pending.ToString();
        var end = LastSentenceEnd(all);
        if (end < 0)
        {
            return "";
        }

        _pending.Clear().Append(all, end + 1, all.Length - end - 1);
        return all[..(end + 1)];
    }

    /// <summary>What is left at the end of the answer.</summary>
    public string Flush()
    {
        var rest = _pending.ToString();
        _pending.Clear();
        return rest;
    }

    private static int LastSentenceEnd(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            // A '.' between digits is a decimal point (INR 2.5), not the end of a sentence.
            if (Array.IndexOf(Ends, text[i]) >= 0 && !(text[i] == '.' && (i + 1 >= text.Length || char.IsDigit(text[i + 1])) && i > 0 && char.IsDigit(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
