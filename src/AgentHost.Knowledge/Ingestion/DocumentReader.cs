using System.Security.Cryptography;
using System.Text;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>Reads one Markdown, plain-text, HTML or PDF file into a <see cref="SourceDocument"/>.</summary>
public static class DocumentReader
{
    private static readonly string[] _markdown = [".md", ".markdown"];
    private static readonly string[] _html = [".html", ".htm"];
    private static readonly string[] _text = [".txt"];
    private static readonly string[] _pdf = [".pdf"];

    public static bool IsSupported(string path)
    {
        var extension = Path.GetExtension(path);
        return _markdown.Concat(_html).Concat(_text).Concat(_pdf).Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The supported files under <paramref name="directory"/>, in a stable (ordinal) order.</summary>
    public static IReadOnlyList<string> FindDocuments(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeInputException("knowledge_directory_not_found", $"knowledge folder not found: {directory}");
        }

        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(IsSupported)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static async Task<SourceDocument> ReadAsync(string path, string rootDirectory, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, Path.GetRelativePath(rootDirectory, path));
    }

    /// <summary>Parses file content; <paramref name="relativePath"/> names it in errors and is its id when the front matter gives none.</summary>
    public static SourceDocument Parse(byte[] content, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(relativePath);
        if (_pdf.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            var (pdfMetadata, pages) = PdfDocumentParser.Parse(content, relativePath);
            return Assemble(pdfMetadata, pages, null, content, relativePath);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new KnowledgeInputException("document_invalid", $"{relativePath}: not UTF-8 text", ex);
        }

        DocumentMetadata metadata;
        IReadOnlyList<DocumentSection> sections;
        string? firstTitle = null;
        if (_html.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            (metadata, sections, firstTitle) = HtmlDocumentParser.Parse(text);
        }
        else if (_markdown.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            string body;
            (metadata, body) = FrontMatter.Split(text, relativePath);
            (sections, firstTitle) = MarkdownDocumentParser.Parse(body);
        }
        else
        {
            string body;
            (metadata, body) = FrontMatter.Split(text, relativePath);
            sections = PlainTextSections(body);
        }

        return Assemble(metadata, sections, firstTitle, content, relativePath);
    }

    private static SourceDocument Assemble(DocumentMetadata metadata, IReadOnlyList<DocumentSection> sections, string? firstTitle, byte[] content, string relativePath)
    {
        var fallbackId = Path.ChangeExtension(relativePath, null).Replace('\\', '/');
        var allText = string.Join('\n', sections.Select(s => s.Text));
        return new SourceDocument(
            metadata.Id ?? fallbackId,
            metadata.Title ?? firstTitle ?? Path.GetFileNameWithoutExtension(relativePath),
            metadata.Source ?? relativePath.Replace('\\', '/'),
            metadata.Date,
            NormalizeLanguage(metadata.Language) ?? (CjkCharacters.Share(allText) >= 0.3 ? "zh" : "en"),
            metadata.Version,
            HashOf(content),
            sections);
    }

    private static List<DocumentSection> PlainTextSections(string body)
    {
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.Length == 0 ? [] : [new DocumentSection("", string.Join('\n', paragraphs))];
    }

    /// <summary>zh-CN, zh-Hans, ZH → zh; en-US → en: filters compare the primary subtag.</summary>
    private static string? NormalizeLanguage(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().Split('-', '_')[0].ToLowerInvariant();
}
