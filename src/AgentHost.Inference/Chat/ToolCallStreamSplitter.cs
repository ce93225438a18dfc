using System.Text;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Chat;

/// <summary>
/// Streams the text of an answer up to the start of a tool call and holds the rest, so clients never see raw
/// <c>&lt;tool_call&gt;</c> JSON; at the end the whole output is parsed into text and calls.
/// </summary>
internal sealed class ToolCallStreamSplitter
{
    private readonly StringBuilder _all = new();
    private readonly Engine.StopSequenceMatcher _untilCall = new([ToolCallFormat.CallStart, "<think>"]);
    private readonly StringBuilder _shown = new();
    private bool _held;

    public string Push(string text)
    {
        _all.Append(text);
        if (_held)
        {
            return "";
        }

        var visible = _untilCall.Push(text, out var stopped);
        _held = stopped;
        _shown.Append(visible);
        return visible;
    }

    /// <summary>The text not yet shown (after a call or thinking block) and the parsed calls.</summary>
    public (string Remaining, IReadOnlyList<FunctionCallContent> Calls) Finish()
    {
        if (!_held)
        {
            return (_untilCall.Flush(), []);
        }

        var (text, calls) = ToolCallFormat.Parse(_all.ToString());
        var shown = _shown.ToString().Trim();
        return (text.StartsWith(shown, StringComparison.Ordinal) ? text[shown.Length..].Trim() : "", calls);
    }
}
