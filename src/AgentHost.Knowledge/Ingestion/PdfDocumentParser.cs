using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// Reads the text of a PDF (PdfPig, no native code): one section per page ("p. N"), the title from the PDF's
/// document information. Scanned PDFs without a text layer yield no text and are refused clearly.
/// </summary>
internal static class PdfDocumentParser
{
    public static (DocumentMetadata Metadata, IReadOnlyList<DocumentSection> Sections) Parse(byte[] content, string relativePath)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var sections = document.GetPages()
                .Select(page => new DocumentSection($"p. {page.Number}", string.Join(' ', page.GetWords().Select(w => w.Text)).Trim()))
                .Where(section => section.Text.Length > 0)
                .ToList();
            if (sections.Count == 0)
            {
                throw new KnowledgeInputException("document_invalid", $"{relativePath}: the PDF has no text layer (a scan?); add a text version instead");
            }

            var title = document.Information.Title;
            return (DocumentMetadata.Empty with { Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim() }, sections);
        }
        catch (PdfDocumentFormatException ex)
        {
            throw new KnowledgeInputException("document_invalid", $"{relativePath}: not a readable PDF", ex);
        }
    }
}
