using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Gguf;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Knowledge.Tests;

/// <summary>
/// Dense and hybrid retrieval with the engine's real embedding generator (libllama, mean pooling) on the tiny demo
/// model: the vectors carry no meaning, so this proves the plumbing — ingestion stores vectors of the model's size,
/// dense search answers from them, and hybrid search still finds the lexical match.
/// </summary>
public sealed class LlamaEmbeddingRetrievalTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Ingestion_and_search_use_the_engine_embeddings()
    {
        var modelPath = Path.Combine(_work.Path, "tiny.gguf");
        await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, modelPath);
        var options = new InferenceOptions { LibraryDirectory = Path.Combine(AppContext.BaseDirectory, "llama", "cpu"), Threads = 1 };
        using var model = LlamaModel.Load(modelPath, options, NullLogger.Instance);
        using var embeddings = new LlamaEmbeddingGenerator(model, threads: 1);

        var documents = Directory.CreateDirectory(Path.Combine(_work.Path, "docs"));
        await File.WriteAllTextAsync(Path.Combine(documents.FullName, "inr.md"), TestStores.Inr);
        await File.WriteAllTextAsync(Path.Combine(documents.FullName, "sleep.md"), TestStores.Sleep);
        using var store = TestStores.Embedded(Path.Combine(_work.Path, "k.db"), embeddings);
        var ingest = await store.IngestDirectoryAsync(documents.FullName, "valve", CancellationToken.None);
        Assert.Equal(2, ingest.Added);

        var dense = await store.SearchAsync(new KnowledgeQuery("valve", "INR 是什么", 2), SearchMode.Dense, CancellationToken.None);
        Assert.Equal(2, dense.Count);
        var hybrid = await store.SearchAsync(new KnowledgeQuery("valve", "INR 国际标准化比值", 1), SearchMode.Hybrid, CancellationToken.None);
        Assert.Equal("inr", Assert.Single(hybrid).DocumentId);
    }
}
