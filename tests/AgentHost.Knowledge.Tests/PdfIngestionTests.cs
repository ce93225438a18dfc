using AgentHost.Knowledge.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AgentHost.Knowledge.Tests;

public sealed class PdfIngestionTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task A_pdf_is_ingested_page_by_page_with_its_title_and_found_by_search()
    {
        var documents = Directory.CreateDirectory(Path.Combine(_work.Path, "docs"));
        await File.WriteAllBytesAsync(Path.Combine(documents.FullName, "warfarin-leaflet.pdf"), Pdf("Warfarin leaflet",
            "Take warfarin at the same time every day.", "Tell your clinic about bleeding gums or black stools."));

        using var store = TestStores.Embedded(Path.Combine(_work.Path, "k.db"));
        var result = await store.IngestDirectoryAsync(documents.FullName, "valve", CancellationToken.None);
        Assert.Equal(1, result.Added);

        var hit = Assert.Single(await store.SearchAsync(new KnowledgeQuery("valve", "black stools bleeding", 1), CancellationToken.None));
        Assert.Equal("Warfarin leaflet", hit.Title);
        Assert.Equal("p. 2", hit.SectionPath);
        Assert.Equal("warfarin-leaflet", hit.DocumentId);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_clearly()
    {
        var error = Assert.Throws<KnowledgeInputException>(() => DocumentReader.Parse("plain words"u8.ToArray(), "leaflet.pdf"));
        Assert.Equal("document_invalid", error.Code);
        Assert.Contains("leaflet.pdf", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Pdf(string title, params string[] pages)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            builder.AddPage(PageSize.A4).AddText(text, 12, new PdfPoint(40, 700), font);
        }

        return builder.Build();
    }
}
