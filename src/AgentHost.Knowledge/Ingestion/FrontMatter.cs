using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>YAML front matter between <c>---</c> lines at the top of a Markdown or text file: scalar fields only.</summary>
internal static class FrontMatter
{
    public static (DocumentMetadata Metadata, string Body) Split(string text, string fileName)
    {
        var body = text.TrimStart('\uFEFF');
        if (!body.StartsWith("---", StringComparison.Ordinal))
        {
            return (DocumentMetadata.Empty, body);
        }

        var firstLineEnd = body.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0 || body[..firstLineEnd].Trim() != "---")
        {
            return (DocumentMetadata.Empty, body);
        }

        var end = FindClosingFence(body, firstLineEnd + 1);
        if (end.Start < 0)
        {
            throw new KnowledgeInputException("document_invalid", $"{fileName}: front matter starts with --- but never ends");
        }

        var yaml = body[(firstLineEnd + 1)..end.Start];
        return (DocumentMetadata.From(ParseScalars(yaml, fileName)), body[end.After..]);
    }

    private static (int Start, int After) FindClosingFence(string text, int from)
    {
        var position = from;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = lineEnd < 0 ? text[position..] : text[position..lineEnd];
            if (line.TrimEnd() is "---" or "...")
            {
                return (position, lineEnd < 0 ? text.Length : lineEnd + 1);
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        return (-1, -1);
    }

    private static Dictionary<string, string> ParseScalars(string yaml, string fileName)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new KnowledgeInputException("document_invalid", $"{fileName}: front matter is not valid YAML (line {ex.Start.Line})", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return fields;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar })
            {
                fields[name] = scalar;
            }
        }

        return fields;
    }
}
