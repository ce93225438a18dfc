using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>Markdown to sections with Markdig: headings open sections; paragraphs, lists, quotes, tables and code become text.</summary>
internal static class MarkdownDocumentParser
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public static (IReadOnlyList<DocumentSection> Sections, string? FirstTitle) Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var sections = new SectionBuilder();
        foreach (var block in document)
        {
            Visit(block, sections);
        }

        return (sections.Build(), sections.FirstTitle);
    }

    private static void Visit(Block block, SectionBuilder sections)
    {
        switch (block)
        {
            case HeadingBlock heading:
                sections.Heading(heading.Level, InlineText(heading.Inline));
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    sections.Paragraph(string.Join(" | ", row.OfType<TableCell>().Select(CellText)));
                }

                break;
            case ListItemBlock item:
                var text = new StringBuilder();
                foreach (var child in item)
                {
                    if (child is ParagraphBlock paragraph)
                    {
                        text.Append(InlineText(paragraph.Inline)).Append(' ');
                    }
                    else
                    {
                        sections.Paragraph(text.ToString());
                        text.Clear();
                        Visit(child, sections);
                    }
                }

                sections.Paragraph(text.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, sections);
                }

                break;
            case ParagraphBlock paragraph:
                sections.Paragraph(InlineText(paragraph.Inline));
                break;
            case CodeBlock code:
                sections.Paragraph(code.Lines.ToString());
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                sections.Paragraph(InlineText(leaf.Inline));
                break;
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case ContainerInline nested:
                    Append(nested, text);
                    break;
            }
        }
    }
}
