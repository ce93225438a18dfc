using System.Text.Json.Nodes;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Qdrant;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.AI;

namespace AgentHost.Knowledge.Tests.Qdrant;

/// <summary>
/// Every request the Qdrant store sends, captured by a real loopback server, must validate against Qdrant's OpenAPI
/// (v1.19 subset); the answers it parses are checked against the spec's response schemas.
/// </summary>
public sealed class QdrantContractTests : IDisposable
{
    private static readonly OpenApiSchemaValidator _spec = OpenApiSchemaValidator.LoadQdrant();
    private readonly TempDirectory _temp = new();

    public QdrantContractTests()
    {
        _temp.Write("knowledge/inr.md", TestStores.Inr);
        _temp.Write("knowledge/sleep.md", TestStores.Sleep);
    }

    [Fact]
    public void Every_canned_answer_matches_the_spec_response_schema()
    {
        foreach (var ((template, method), body) in QdrantResponses.ByOperation)
        {
            var schema = template == "/" ? _spec.Component("VersionInfo") : _spec.ResponseSchema(template, method);
            Assert.Empty(_spec.Validate(JsonNode.Parse(body), schema).Select(e => $"{method} {template}: {e}"));
        }
    }

    [Fact]
    public async Task Hybrid_store_requests_all_validate_and_use_named_vectors_tenant_index_and_RRF()
    {
        var requests = await RunStoreAsync(new TopicEmbeddingGenerator());

        AssertAllValid(requests);
        var operations = requests.Select(r => (QdrantResponses.Template(r.Path), r.Method)).ToHashSet();
        Assert.Superset(
            new HashSet<(string, string)>
            {
                ("/", "GET"), ("/collections/{collection_name}/exists", "GET"), ("/collections/{collection_name}", "PUT"),
                ("/collections/{collection_name}/index", "PUT"), ("/collections/{collection_name}/points/scroll", "POST"),
                ("/collections/{collection_name}/points/count", "POST"), ("/collections/{collection_name}/points", "PUT"),
                ("/collections/{collection_name}/points/delete", "POST"), ("/collections/{collection_name}/points/query", "POST"),
            },
            operations);

        var create = Body(requests, "/collections/{collection_name}", "PUT");
        Assert.Equal("idf", create["sparse_vectors"]!["bm25"]!["modifier"]!.GetValue<string>());
        Assert.Equal(4, create["vectors"]!["dense"]!["size"]!.GetValue<int>());
        Assert.Equal("Cosine", create["vectors"]!["dense"]!["distance"]!.GetValue<string>());
        Assert.EndsWith("-dense4", requests.First(r => r.Method == "PUT" && QdrantResponses.Template(r.Path) == "/collections/{collection_name}").Path, StringComparison.Ordinal);

        var tenant = requests.Where(r => r.Path.EndsWith("/index", StringComparison.Ordinal)).Select(r => JsonNode.Parse(r.Body!)!).First();
        Assert.Equal("collection", tenant["field_name"]!.GetValue<string>());
        Assert.True(tenant["field_schema"]!["is_tenant"]!.GetValue<bool>());
        Assert.All(requests.Where(r => r.Path.EndsWith("/index", StringComparison.Ordinal) || r.Path.EndsWith("/points", StringComparison.Ordinal) || r.Path.EndsWith("/delete", StringComparison.Ordinal)),
            r => Assert.Contains("wait=true", r.Query, StringComparison.Ordinal));

        var query = Body(requests, "/collections/{collection_name}/points/query", "POST");
        var prefetch = query["prefetch"]!.AsArray();
        Assert.Equal(2, prefetch.Count);
        Assert.Equal(["bm25", "dense"], prefetch.Select(p => p!["using"]!.GetValue<string>()));
        Assert.Equal("rrf", query["query"]!["fusion"]!.GetValue<string>());

        var upsert = Body(requests, "/collections/{collection_name}/points", "PUT");
        var point = upsert["points"]![0]!;
        Assert.Equal(ChunkIds.For("valve", "inr", 0).ToString(), point["id"]!.GetValue<string>());
        var sparse = SparseVectorEncoder.ForDocument(DocumentPreparer.IndexedText(
            DocumentReader.Parse(System.Text.Encoding.UTF8.GetBytes(TestStores.Inr), "inr.md"),
            new TextChunker(EstimatedTokenCounter.Instance, ChunkingOptions.Default).Chunk(DocumentReader.Parse(System.Text.Encoding.UTF8.GetBytes(TestStores.Inr), "inr.md"))[0]));
        Assert.Equal(sparse.Indices, point["vector"]!["bm25"]!["indices"]!.AsArray().Select(i => i!.GetValue<uint>()));
    }

    [Fact]
    public async Task Sparse_only_store_requests_validate_and_query_the_bm25_vector_directly()
    {
        var requests = await RunStoreAsync(embeddings: null);

        AssertAllValid(requests);
        var create = Body(requests, "/collections/{collection_name}", "PUT");
        Assert.Empty(create["vectors"]!.AsObject());
        var query = Body(requests, "/collections/{collection_name}/points/query", "POST");
        Assert.Null(query["prefetch"]);
        Assert.Equal("bm25", query["using"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_answers_are_parsed_into_hits_with_citation_metadata()
    {
        using var server = new LoopbackHttpServer(QdrantResponses.Answer);
        var store = new QdrantKnowledgeStore(QdrantClient.Create(server.BaseAddress, null), Preparer(null));

        var hit = Assert.Single(await store.SearchAsync(new KnowledgeQuery("valve", "黑便", 3, Language: "zh"), CancellationToken.None));

        Assert.Equal(QdrantResponses.HitId, hit.ChunkId);
        Assert.Equal(("inr", "华法林与 INR 自我管理", "何时就医", "ESC/EACTS 2021 瓣膜病指南", "2021-08-28", "zh", 0.5),
            (hit.DocumentId, hit.Title, hit.SectionPath, hit.Source, hit.SourceDate, hit.Language, hit.Score));
        var filter = JsonNode.Parse(server.Requests.Last().Body!)!["filter"]!["must"]!.AsArray();
        Assert.Contains(filter, c => c!["key"]!.GetValue<string>() == "language" && c["match"]!["value"]!.GetValue<string>() == "zh");
    }

    public void Dispose() => _temp.Dispose();

    private async Task<List<RecordedRequest>> RunStoreAsync(IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        using var server = new LoopbackHttpServer(QdrantResponses.Answer);
        var store = new QdrantKnowledgeStore(QdrantClient.Create(server.BaseAddress, "secret"), Preparer(embeddings));
        var result = await store.IngestDirectoryAsync(Path.Combine(_temp.Path, "knowledge"), "valve", CancellationToken.None);
        Assert.Equal(2, result.Added);
        await store.SearchAsync(new KnowledgeQuery("valve", "华法林 INR", 3, DocumentId: "inr"), CancellationToken.None);
        await store.DeleteDocumentAsync("valve", "inr", CancellationToken.None);
        var requests = server.Requests.ToList();
        Assert.All(requests, r => Assert.Equal("secret", r.ApiKey));
        return requests;
    }

    private static void AssertAllValid(List<RecordedRequest> requests)
    {
        foreach (var request in requests.Where(r => r.Body is not null))
        {
            var template = QdrantResponses.Template(request.Path);
            var errors = _spec.Validate(JsonNode.Parse(request.Body!), _spec.RequestSchema(template, request.Method.ToLowerInvariant()));
            Assert.Empty(errors.Select(e => $"{request.Method} {template}: {e}"));
        }
    }

    private static JsonNode Body(List<RecordedRequest> requests, string template, string method) =>
        JsonNode.Parse(requests.First(r => r.Method == method && QdrantResponses.Template(r.Path) == template).Body!)!;

    private static DocumentPreparer Preparer(IEmbeddingGenerator<string, Embedding<float>>? embeddings) =>
        new(EstimatedTokenCounter.Instance, ChunkingOptions.Default, embeddings);
}
