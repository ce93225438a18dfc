using System.Globalization;
using System.Text.Json.Nodes;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>
/// Retrieval on a Qdrant server: one Qdrant collection per embedding setup, our knowledge collection as a tenant
/// (keyword payload index with <c>is_tenant</c>), named sparse <c>bm25</c> vector (host-computed, same tokenizer as the
/// embedded store, IDF by Qdrant) and, with an embedding model, a named <c>dense</c> vector; hybrid via prefetch + RRF.
/// A changed document is upserted first (stable ids overwrite their points), then the points of older versions
/// (another <c>index_key</c>) are deleted; Qdrant has no multi-request transaction, so a crash between the two leaves
/// extra old chunks until the next ingestion, which sees the mismatch and repairs it.
/// </summary>
public sealed class QdrantKnowledgeStore : IKnowledgeStore
{
    private const int UpsertBatch = 64;
    private readonly QdrantClient _client;
    private readonly DocumentPreparer _preparer;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _ready = new(1, 1);
    private string? _collection;

    public QdrantKnowledgeStore(QdrantClient client, DocumentPreparer preparer, string collectionPrefix = "agenthost-knowledge", ILogger<QdrantKnowledgeStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(preparer);
        _client = client;
        _preparer = preparer;
        _logger = logger ?? NullLogger<QdrantKnowledgeStore>.Instance;
        CollectionPrefix = collectionPrefix;
    }

    public string CollectionPrefix { get; }

    public async Task<IngestResult> IngestDirectoryAsync(string directory, string collection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        var files = DocumentReader.FindDocuments(directory);
        var name = await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var stored = await StoredDocumentIdsAsync(name, collection, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0, chunks = 0;
        foreach (var file in files)
        {
            var document = await DocumentReader.ReadAsync(file, directory, cancellationToken).ConfigureAwait(false);
            if (!seen.Add(document.DocumentId))
            {
                throw new KnowledgeInputException("document_id_duplicate", $"two files in {directory} have the document id \"{document.DocumentId}\"");
            }

            var key = _preparer.IndexKeyFor(document);
            var all = await _client.CountAsync(name, DocumentFilter(collection, document.DocumentId), cancellationToken).ConfigureAwait(false);
            var current = all == 0 ? 0 : await _client.CountAsync(name, QdrantFilter.Match([("collection", collection), ("document_id", document.DocumentId), ("index_key", key)]), cancellationToken).ConfigureAwait(false);
            if (all > 0 && current == all)
            {
                unchanged++;
                continue;
            }

            var prepared = await _preparer.PrepareAsync(document, cancellationToken).ConfigureAwait(false);
            await WriteAsync(name, collection, prepared, cancellationToken).ConfigureAwait(false);
            chunks += prepared.Chunks.Count;
            if (all > 0 || stored.Contains(document.DocumentId))
            {
                updated++;
            }
            else
            {
                added++;
            }
        }

        var removed = 0;
        foreach (var documentId in stored.Where(id => !seen.Contains(id)))
        {
            await _client.DeleteAsync(name, DocumentFilter(collection, documentId), cancellationToken).ConfigureAwait(false);
            removed++;
        }

        _logger.LogInformation(
            "Ingested collection {Collection} into Qdrant: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Chunks} chunks written",
            collection, added, updated, unchanged, removed, chunks);
        return new IngestResult(added, updated, unchanged, removed, chunks);
    }

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var name = await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var sparse = SparseVectorEncoder.ForQuery(query.Text);
        var dense = await _preparer.EmbedQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        if (sparse.Indices.Count == 0 && dense is null)
        {
            return [];
        }

        var must = new List<(string, string)> { ("collection", query.Collection) };
        if (!string.IsNullOrWhiteSpace(query.DocumentId))
        {
            must.Add(("document_id", query.DocumentId));
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            must.Add(("language", query.Language.Trim().Split('-', '_')[0].ToLowerInvariant()));
        }

        var request = QdrantRequests.Query(sparse.Indices.Count == 0 ? null : sparse, dense, QdrantFilter.Match(must), query.TopK, Math.Max(query.TopK * 4, 20));
        var points = await _client.QueryAsync(name, request, cancellationToken).ConfigureAwait(false);
        return points.Where(p => p.Payload is not null).Select(p => ToHit(p.Id, p.Score, p.Payload!)).ToList();
    }

    public async Task DeleteDocumentAsync(string collection, string documentId, CancellationToken cancellationToken)
    {
        var name = await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await _client.DeleteAsync(name, DocumentFilter(collection, documentId), cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(string name, string collection, PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var document = prepared.Document;
        var points = prepared.Chunks.Select((chunk, i) => new QdrantPoint(
            ChunkIds.For(collection, document.DocumentId, chunk.Index),
            SparseVectorEncoder.ForDocument(DocumentPreparer.IndexedText(document, chunk)),
            prepared.Embeddings?[i],
            new JsonObject
            {
                ["collection"] = collection,
                ["document_id"] = document.DocumentId,
                ["chunk_index"] = chunk.Index,
                ["title"] = document.Title,
                ["section_path"] = chunk.SectionPath,
                ["source"] = document.Source,
                ["source_date"] = document.SourceDate,
                ["language"] = document.Language,
                ["text"] = chunk.Text,
                ["index_key"] = prepared.IndexKey,
            })).ToList();
        foreach (var batch in points.Chunk(UpsertBatch))
        {
            await _client.UpsertAsync(name, batch, cancellationToken).ConfigureAwait(false);
        }

        await _client.DeleteAsync(
            name,
            QdrantFilter.Match([("collection", collection), ("document_id", document.DocumentId)], [("index_key", prepared.IndexKey)]),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<HashSet<string>> StoredDocumentIdsAsync(string name, string collection, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        JsonNode? offset = null;
        do
        {
            var request = QdrantRequests.Scroll(QdrantFilter.Match([("collection", collection)]), ["document_id"], 256, offset);
            var (payloads, next) = await _client.ScrollAsync(name, request, cancellationToken).ConfigureAwait(false);
            foreach (var payload in payloads)
            {
                if (payload["document_id"]?.GetValue<string>() is { } id)
                {
                    ids.Add(id);
                }
            }

            offset = next;
        }
        while (offset is not null);
        return ids;
    }

    /// <summary>Checks the version and creates the collection and its payload indexes once per process.</summary>
    private async Task<string> ReadyAsync(CancellationToken cancellationToken)
    {
        if (_collection is { } ready)
        {
            return ready;
        }

        await _ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_collection is not null)
            {
                return _collection;
            }

            await _client.EnsureCompatibleAsync(cancellationToken).ConfigureAwait(false);
            var probe = await _preparer.EmbedQueryAsync("dimension probe", cancellationToken).ConfigureAwait(false);
            var name = probe is null ? $"{CollectionPrefix}-sparse" : $"{CollectionPrefix}-dense{probe.Length.ToString(CultureInfo.InvariantCulture)}";
            if (!await _client.CollectionExistsAsync(name, cancellationToken).ConfigureAwait(false))
            {
                await _client.CreateCollectionAsync(name, probe?.Length, cancellationToken).ConfigureAwait(false);
                await _client.CreateKeywordIndexAsync(name, "collection", isTenant: true, cancellationToken).ConfigureAwait(false);
                await _client.CreateKeywordIndexAsync(name, "document_id", isTenant: false, cancellationToken).ConfigureAwait(false);
                await _client.CreateKeywordIndexAsync(name, "index_key", isTenant: false, cancellationToken).ConfigureAwait(false);
                await _client.CreateKeywordIndexAsync(name, "language", isTenant: false, cancellationToken).ConfigureAwait(false);
            }

            _collection = name;
            return name;
        }
        finally
        {
            _ready.Release();
        }
    }

    private static JsonObject DocumentFilter(string collection, string documentId) =>
        QdrantFilter.Match([("collection", collection), ("document_id", documentId)]);

    private static KnowledgeHit ToHit(string id, double score, JsonObject payload) => new(
        Guid.TryParse(id, out var guid) ? guid : Guid.Empty,
        payload["document_id"]?.GetValue<string>() ?? "",
        payload["title"]?.GetValue<string>() ?? "",
        payload["section_path"]?.GetValue<string>() ?? "",
        payload["source"]?.GetValue<string>() ?? "",
        payload["source_date"]?.GetValue<string>(),
        payload["language"]?.GetValue<string>() ?? "",
        payload["text"]?.GetValue<string>() ?? "",
        score);
}
