using System.Net;
using System.Text.RegularExpressions;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// HTML to sections without a browser: drops script/style/comments, reads &lt;title&gt;, &lt;html lang&gt; and
/// &lt;meta name=…&gt; (id, source, date, language, version), opens a section at each h1–h6, turns block elements into
/// line breaks, strips the remaining tags and decodes entities. Enough for exported guideline pages and intranet
/// articles; it is not a general HTML renderer.
/// </summary>
internal static partial class HtmlDocumentParser
{
    public static (DocumentMetadata Metadata, IReadOnlyList<DocumentSection> Sections, string? FirstTitle) Parse(string html)
    {
        var cleaned = Invisible().Replace(html, " ");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match meta in MetaTag().Matches(cleaned))
        {
            fields[meta.Groups["name"].Value] = WebUtility.HtmlDecode(meta.Groups["content"].Value);
        }

        if (TitleTag().Match(cleaned) is { Success: true } title)
        {
            fields.TryAdd("title", ToText(title.Groups["text"].Value));
        }

        if (LangAttribute().Match(cleaned) is { Success: true } lang)
        {
            fields.TryAdd("language", lang.Groups["lang"].Value);
        }

        var body = BodyTag().Match(cleaned) is { Success: true } bodyMatch ? bodyMatch.Groups["body"].Value : cleaned;
        var sections = new SectionBuilder();
        var position = 0;
        foreach (Match heading in HeadingTag().Matches(body))
        {
            AddParagraphs(body[position..heading.Index], sections);
            sections.Heading(heading.Groups["level"].Value[0] - '0', ToText(heading.Groups["text"].Value));
            position = heading.Index + heading.Length;
        }

        AddParagraphs(body[position..], sections);
        return (DocumentMetadata.From(fields), sections.Build(), sections.FirstTitle);
    }

    private static void AddParagraphs(string fragment, SectionBuilder sections)
    {
        var withBreaks = BlockBoundary().Replace(fragment, "\n");
        foreach (var line in ToText(withBreaks, keepLines: true).Split('\n'))
        {
            sections.Paragraph(line);
        }
    }

    private static string ToText(string fragment, bool keepLines = false)
    {
        // Inline tags vanish (Chinese has no spaces to keep); any other tag separates words.
        var text = WebUtility.HtmlDecode(AnyTag().Replace(InlineTag().Replace(fragment, ""), " "));
        text = keepLines ? SpacesWithinLine().Replace(text, " ") : Whitespace().Replace(text, " ");
        return text.Trim();
    }

    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<noscript\b.*?</noscript\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex("""<meta\s+[^>]*?name\s*=\s*["'](?<name>[^"']+)["'][^>]*?content\s*=\s*["'](?<content>[^"']*)["'][^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"<title[^>]*>(?<text>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex("""<html\b[^>]*?\blang\s*=\s*["']?(?<lang>[A-Za-z-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();

    [GeneratedRegex(@"<body\b[^>]*>(?<body>.*?)(</body\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BodyTag();

    [GeneratedRegex(@"<h(?<level>[1-6])\b[^>]*>(?<text>.*?)</h\k<level>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadingTag();

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|tr|table|section|article|blockquote|pre|dd|dt|header|footer|nav|main|aside|figure|figcaption)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"</?(b|i|em|strong|span|a|code|sup|sub|small|u|mark|abbr|font)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex SpacesWithinLine();
}
