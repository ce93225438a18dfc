using System.Text;

namespace AgentHost.Inference.Engine;

/// <summary>
/// Finds stop sequences in streamed text. Text that could still be the start of a stop sequence is held back
/// until the next piece decides it, so a client never sees part of a stop sequence.
/// </summary>
internal sealed class StopSequenceMatcher
{
    private readonly string[] _stops;
    private readonly StringBuilder _held = new();

    public StopSequenceMatcher(IReadOnlyList<string> stops)
    {
        _stops = [.. stops.Where(s => s.Length > 0)];
    }

    /// <summary>Adds text; returns what can be shown now. <paramref name="stopped"/> is set when a stop matched.</summary>
    public string Push(string text, out bool stopped)
    {
        stopped = false;
        if (_stops.Length == 0)
        {
            return text;
        }

        _held.Append(text);
        var all = _held.ToString();
        var first = -1;
        foreach (var stop in _stops)
        {
            var at = all.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        _held.Clear();
        if (first >= 0)
        {
            stopped = true;
            return all[..first];
        }

        var hold = 0;
        foreach (var stop in _stops)
        {
            for (var k = Math.Min(stop.Length - 1, all.Length); k > hold; k--)
            {
                if (all.AsSpan(all.Length - k).SequenceEqual(stop.AsSpan(0, k)))
                {
                    hold = k;
                    break;
                }
            }
        }

        _held.Append(all, all.Length - hold, hold);
        return all[..^hold];
    }

    /// <summary>Releases held-back text at the end of a generation that did not stop on a sequence.</summary>
    public string Flush()
    {
        var rest = _held.ToString();
        _held.Clear();
        return rest;
    }
}
