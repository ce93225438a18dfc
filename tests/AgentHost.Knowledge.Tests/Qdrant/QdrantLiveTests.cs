using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Qdrant;
using AgentHost.Knowledge.Text;
using Xunit.Abstractions;

namespace AgentHost.Knowledge.Tests.Qdrant;

/// <summary>Runs against a real Qdrant when QDRANT_URL (and optionally QDRANT_API_KEY) is set; otherwise says so and returns.</summary>
public sealed class QdrantLiveTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Ingest_search_update_and_delete_against_a_live_Qdrant()
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            output.WriteLine("QDRANT_URL is not set: the live Qdrant test did not run (contract tests cover the request shapes).");
            return;
        }

        var client = QdrantClient.Create(new Uri(url), Environment.GetEnvironmentVariable("QDRANT_API_KEY"));
        var store = new QdrantKnowledgeStore(client, new DocumentPreparer(EstimatedTokenCounter.Instance, ChunkingOptions.Default, new TopicEmbeddingGenerator()), "agenthost-test");
        var collection = "live-" + Guid.NewGuid().ToString("N")[..8];
        var docs = Path.Combine(_temp.Path, "knowledge");
        _temp.Write("knowledge/inr.md", TestStores.Inr);
        _temp.Write("knowledge/sleep.md", TestStores.Sleep);
        _temp.Write("knowledge/diet.md", TestStores.Diet);

        Assert.Equal(3, (await store.IngestDirectoryAsync(docs, collection, CancellationToken.None)).Added);
        Assert.Equal(3, (await store.IngestDirectoryAsync(docs, collection, CancellationToken.None)).Unchanged);
        var hits = await store.SearchAsync(new KnowledgeQuery(collection, "黑便要不要去医院", 3), CancellationToken.None);
        Assert.Equal("inr", hits[0].DocumentId);

        File.Delete(Path.Combine(docs, "sleep.md"));
        Assert.Equal(1, (await store.IngestDirectoryAsync(docs, collection, CancellationToken.None)).Removed);
        await store.DeleteDocumentAsync(collection, "inr", CancellationToken.None);
        Assert.DoesNotContain(await store.SearchAsync(new KnowledgeQuery(collection, "华法林 INR 黑便", 5), CancellationToken.None), h => h.DocumentId is "inr" or "sleep");
        await store.DeleteDocumentAsync(collection, "diet", CancellationToken.None);
        output.WriteLine($"live Qdrant test passed against {url}");
    }

    public void Dispose() => _temp.Dispose();
}
