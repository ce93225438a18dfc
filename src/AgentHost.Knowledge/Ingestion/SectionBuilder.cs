using System.Text;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>Collects text under the current heading path and closes a section whenever the path changes.</summary>
internal sealed class SectionBuilder
{
    private readonly List<DocumentSection> _sections = [];
    private readonly List<(int Level, string Text)> _headings = [];
    private readonly StringBuilder _text = new();

    /// <summary>The first level-1 heading, a fallback title.</summary>
    public string? FirstTitle { get; private set; }

    public void Heading(int level, string text)
    {
        Flush();
        var heading = text.Trim();
        if (level == 1 && FirstTitle is null)
        {
            // The document's own title heads every chunk already; keeping it out of the path keeps paths short.
            FirstTitle = heading;
            _headings.Clear();
            return;
        }

        _headings.RemoveAll(h => h.Level >= level);
        if (heading.Length > 0)
        {
            _headings.Add((level, heading));
        }
    }

    public void Paragraph(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(trimmed);
    }

    public IReadOnlyList<DocumentSection> Build()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        if (_text.Length == 0)
        {
            return;
        }

        _sections.Add(new DocumentSection(string.Join(" > ", _headings.Select(h => h.Text)), _text.ToString()));
        _text.Clear();
    }
}
