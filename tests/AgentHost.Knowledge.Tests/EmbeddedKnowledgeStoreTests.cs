using AgentHost.Knowledge.Ingestion;
using Microsoft.Data.Sqlite;

namespace AgentHost.Knowledge.Tests;

public sealed class EmbeddedKnowledgeStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _docs;
    private readonly string _database;

    public EmbeddedKnowledgeStoreTests()
    {
        _docs = Path.Combine(_temp.Path, "knowledge");
        _database = Path.Combine(_temp.Path, "db", "knowledge.db");
        _temp.Write("knowledge/inr.md", TestStores.Inr);
        _temp.Write("knowledge/sleep.md", TestStores.Sleep);
        _temp.Write("knowledge/diet.md", TestStores.Diet);
        _temp.Write("knowledge/ignored.docx", "not a supported type");
    }

    [Fact]
    public async Task Chinese_questions_find_the_chunk_by_bigrams_with_its_citation_metadata()
    {
        using var store = TestStores.Embedded(_database);
        var result = await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        Assert.Equal(new IngestResult(3, 0, 0, 0, result.ChunksWritten), result);
        var hits = await store.SearchAsync(new KnowledgeQuery("valve", "黑便要不要去医院？", 2), CancellationToken.None);

        var top = hits[0];
        Assert.Equal("inr", top.DocumentId);
        Assert.Equal("何时就医", top.SectionPath);
        Assert.Equal("华法林与 INR 自我管理", top.Title);
        Assert.Equal("ESC/EACTS 2021 瓣膜病指南", top.Source);
        Assert.Equal("2021-08-28", top.SourceDate);
        Assert.Equal("zh", top.Language);
        Assert.Contains(top.ChunkId, Enumerable.Range(0, 5).Select(i => ChunkIds.For("valve", "inr", i)));
        Assert.Contains("120", top.Text, StringComparison.Ordinal);
        Assert.True(top.Score > 0);
    }

    [Fact]
    public async Task English_questions_match_lower_cased_words()
    {
        using var store = TestStores.Embedded(_database);
        await store.IngestDirectoryAsync(_docs, "mixed", CancellationToken.None);

        var hits = await store.SearchAsync(new KnowledgeQuery("mixed", "How many HOURS should my child sleep?"), CancellationToken.None);

        Assert.Equal("sleep", hits[0].DocumentId);
    }

    [Fact]
    public async Task Filters_restrict_by_collection_document_and_language()
    {
        using var store = TestStores.Embedded(_database);
        await store.IngestDirectoryAsync(_docs, "a", CancellationToken.None);
        await store.IngestDirectoryAsync(_docs, "b", CancellationToken.None);

        var inB = await store.SearchAsync(new KnowledgeQuery("b", "华法林 维生素K", 10), CancellationToken.None);
        var onlyDiet = await store.SearchAsync(new KnowledgeQuery("a", "华法林", 10, DocumentId: "diet"), CancellationToken.None);
        var onlyEnglish = await store.SearchAsync(new KnowledgeQuery("a", "华法林 sleep", 10, Language: "en-US"), CancellationToken.None);
        var elsewhere = await store.SearchAsync(new KnowledgeQuery("c", "华法林", 10), CancellationToken.None);

        Assert.All(inB, h => Assert.Contains(h.ChunkId, Enumerable.Range(0, 5).Select(i => ChunkIds.For("b", h.DocumentId, i))));
        Assert.Equal(["diet"], onlyDiet.Select(h => h.DocumentId).Distinct());
        Assert.Equal(["sleep"], onlyEnglish.Select(h => h.DocumentId).Distinct());
        Assert.Empty(elsewhere);
        Assert.Equal(3, store.Statistics("b").Documents);
    }

    [Fact]
    public async Task Unchanged_files_are_skipped_changed_files_replace_their_chunks_and_missing_files_are_removed()
    {
        using var store = TestStores.Embedded(_database);
        await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        var again = await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);
        Assert.Equal(new IngestResult(0, 0, 3, 0, 0), again);

        _temp.Write("knowledge/inr.md", TestStores.Inr.Replace("立即拨打 120", "立即拨打 120 或前往急诊，并带上抗凝记录本", StringComparison.Ordinal));
        File.Delete(Path.Combine(_docs, "sleep.md"));
        var changed = await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        Assert.Equal(0, changed.Added);
        Assert.Equal(1, changed.Updated);
        Assert.Equal(1, changed.Unchanged);
        Assert.Equal(1, changed.Removed);
        var hits = await store.SearchAsync(new KnowledgeQuery("valve", "抗凝记录本", 10), CancellationToken.None);
        Assert.Contains("抗凝记录本", hits[0].Text, StringComparison.Ordinal);
        var stats = store.Statistics("valve");
        Assert.Equal(2, stats.Documents);
        Assert.Equal(stats.ExpectedChunks, stats.Chunks);
        Assert.Equal(stats.Chunks, stats.IndexedChunks);
        Assert.Empty(await store.SearchAsync(new KnowledgeQuery("valve", "school-age children", 10), CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_chunks_and_index_rows()
    {
        using var store = TestStores.Embedded(_database);
        await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        await store.DeleteDocumentAsync("valve", "diet", CancellationToken.None);
        await store.DeleteDocumentAsync("valve", "never-existed", CancellationToken.None);

        Assert.DoesNotContain(await store.SearchAsync(new KnowledgeQuery("valve", "维生素K 绿叶蔬菜", 10), CancellationToken.None), h => h.DocumentId == "diet");
        var stats = store.Statistics("valve");
        Assert.Equal((2L, stats.ExpectedChunks, stats.ExpectedChunks, stats.ExpectedChunks), stats);
    }

    [Fact]
    public async Task The_database_is_in_WAL_mode()
    {
        using var store = TestStores.Embedded(_database);
        await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Dense_vectors_are_stored_and_fused_with_BM25_when_an_embedding_generator_is_given()
    {
        using var store = TestStores.Embedded(_database, new TopicEmbeddingGenerator());
        await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        // No shared token with any document: only the dense side can find it.
        var dense = await store.SearchAsync(new KnowledgeQuery("valve", "bedtime routine for kids", 1), SearchMode.Dense, CancellationToken.None);
        var lexical = await store.SearchAsync(new KnowledgeQuery("valve", "夜里几点上床", 3), SearchMode.Lexical, CancellationToken.None);
        var hybrid = await store.SearchAsync(new KnowledgeQuery("valve", "夜里几点上床 bedtime", 3), CancellationToken.None);

        Assert.Equal("sleep", Assert.Single(dense).DocumentId);
        Assert.Empty(lexical);
        Assert.Equal("sleep", hybrid[0].DocumentId);
        Assert.Equal(2.0 / (ReciprocalRankFusion.K + 1), hybrid[0].Score, 1e-9);
    }

    [Fact]
    public async Task Configuring_an_embedding_model_later_re_embeds_documents_stored_without_vectors()
    {
        using (var plain = TestStores.Embedded(_database))
        {
            await plain.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);
        }

        using var store = TestStores.Embedded(_database, new TopicEmbeddingGenerator());
        var result = await store.IngestDirectoryAsync(_docs, "valve", CancellationToken.None);

        Assert.Equal(3, result.Updated);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        using var store = TestStores.Embedded(_database);
        var error = await Assert.ThrowsAsync<KnowledgeInputException>(() => store.IngestDirectoryAsync(Path.Combine(_temp.Path, "nope"), "valve", CancellationToken.None));
        Assert.Equal("knowledge_directory_not_found", error.Code);
    }

    [Fact]
    public async Task Bad_top_k_is_refused()
    {
        using var store = TestStores.Embedded(_database);
        var error = await Assert.ThrowsAsync<KnowledgeInputException>(() => store.SearchAsync(new KnowledgeQuery("valve", "x", 0), CancellationToken.None));
        Assert.Equal("query_invalid", error.Code);
    }

    public void Dispose() => _temp.Dispose();
}
