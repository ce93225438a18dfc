using System.Globalization;
using System.Runtime.InteropServices;
using AgentHost.Knowledge.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Knowledge.Embedded;

/// <summary>
/// The default store: one SQLite file (WAL) holding documents, chunks, an FTS5 index over our CJK-bigram/word tokens
/// (BM25) and, when an embedding model is configured, unit-length float32 vectors searched exactly with
/// TensorPrimitives. Each document is written in ONE transaction, so a crash leaves its old or its new version,
/// never a mix. Logs name collections, document ids and counts, never document or query text.
/// </summary>
public sealed class EmbeddedKnowledgeStore : IKnowledgeStore, IDisposable
{
    private readonly string _connectionString;
    private readonly DocumentPreparer _preparer;
    private readonly ILogger _logger;

    public EmbeddedKnowledgeStore(string databasePath, DocumentPreparer preparer, ILogger<EmbeddedKnowledgeStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(preparer);
        _preparer = preparer;
        _logger = logger ?? NullLogger<EmbeddedKnowledgeStore>.Instance;
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = EmbeddedSchema.Create;
            command.ExecuteNonQuery();
            return 0;
        });
    }

    /// <summary>Test hook: called after each chunk row is written inside the document's transaction.</summary>
    internal Action<int>? ChunkWritten { get; set; }

    public async Task<IngestResult> IngestDirectoryAsync(string directory, string collection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        var files = DocumentReader.FindDocuments(directory);
        var stored = Run(connection => StoredKeys(connection, collection));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0, chunks = 0;

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = await DocumentReader.ReadAsync(file, directory, cancellationToken).ConfigureAwait(false);
            if (!seen.Add(document.DocumentId))
            {
                throw new KnowledgeInputException("document_id_duplicate", $"two files in {directory} have the document id \"{document.DocumentId}\"");
            }

            if (stored.TryGetValue(document.DocumentId, out var key) && key == _preparer.IndexKeyFor(document))
            {
                unchanged++;
                continue;
            }

            var prepared = await _preparer.PrepareAsync(document, cancellationToken).ConfigureAwait(false);
            WriteDocument(collection, prepared);
            chunks += prepared.Chunks.Count;
            if (stored.ContainsKey(document.DocumentId))
            {
                updated++;
            }
            else
            {
                added++;
            }
        }

        var removed = 0;
        foreach (var documentId in stored.Keys.Where(id => !seen.Contains(id)))
        {
            Run(connection => DeleteInTransaction(connection, collection, documentId));
            removed++;
        }

        _logger.LogInformation(
            "Ingested collection {Collection}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Chunks} chunks written",
            collection, added, updated, unchanged, removed, chunks);
        return new IngestResult(added, updated, unchanged, removed, chunks);
    }

    /// <summary>Writes one prepared document, replacing any stored version, in one transaction.</summary>
    public void WriteDocument(string collection, PreparedDocument prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        Run(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            DeleteRows(connection, collection, prepared.Document.DocumentId);
            InsertChunks(connection, collection, prepared);
            UpsertDocument(connection, collection, prepared);
            transaction.Commit();
            return 0;
        });
    }

    public Task DeleteDocumentAsync(string collection, string documentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        Run(connection => DeleteInTransaction(connection, collection, documentId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken) =>
        SearchAsync(query, SearchMode.Hybrid, cancellationToken);

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, SearchMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var candidates = Math.Max(query.TopK * 4, 20);
        var vector = mode == SearchMode.Lexical ? null : await _preparer.EmbedQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        return Run(connection =>
        {
            var lexical = mode == SearchMode.Dense ? [] : LexicalRanking(connection, query, candidates);
            var dense = vector is null ? [] : DenseRanking(connection, query, vector, candidates);
            var fused = ReciprocalRankFusion.Fuse(lexical, dense).Take(query.TopK).ToList();
            return LoadHits(connection, fused);
        });
    }

    /// <summary>Chunk and document counts of a collection, and whether every chunk has its FTS row (a consistency probe).</summary>
    public (long Documents, long Chunks, long IndexedChunks, long ExpectedChunks) Statistics(string collection) => Run(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM documents WHERE collection = $c),
                   (SELECT COUNT(*) FROM chunks WHERE collection = $c),
                   (SELECT COUNT(*) FROM chunks_fts f JOIN chunks c ON c.id = f.rowid WHERE c.collection = $c),
                   (SELECT COALESCE(SUM(chunk_count), 0) FROM documents WHERE collection = $c)
            """;
        command.Parameters.AddWithValue("$c", collection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    });

    public void Dispose() => SqliteConnection.ClearAllPools();

    private T Run<T>(Func<SqliteConnection, T> action)
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            return action(connection);
        }
        catch (SqliteException ex)
        {
            // SQLite's own message can quote SQL and values; name the failure only.
            throw new KnowledgeStoreException("knowledge_store_failed", $"knowledge database error (SQLite code {ex.SqliteErrorCode})", 500, ex);
        }
    }

    private static Dictionary<string, string> StoredKeys(SqliteConnection connection, string collection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, index_key FROM documents WHERE collection = $c";
        command.Parameters.AddWithValue("$c", collection);
        using var reader = command.ExecuteReader();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            keys[reader.GetString(0)] = reader.GetString(1);
        }

        return keys;
    }

    private static int DeleteInTransaction(SqliteConnection connection, string collection, string documentId)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        DeleteRows(connection, collection, documentId);
        transaction.Commit();
        return 0;
    }

    private static void DeleteRows(SqliteConnection connection, string collection, string documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM chunks_fts WHERE rowid IN (SELECT id FROM chunks WHERE collection = $c AND document_id = $d);
            DELETE FROM chunks WHERE collection = $c AND document_id = $d;
            DELETE FROM documents WHERE collection = $c AND document_id = $d;
            """;
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$d", documentId);
        command.ExecuteNonQuery();
    }

    private void InsertChunks(SqliteConnection connection, string collection, PreparedDocument prepared)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO chunks (chunk_id, collection, document_id, chunk_index, section_path, language, text, token_count, embedding)
            VALUES ($id, $c, $d, $i, $s, $l, $t, $n, $e) RETURNING id
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$c", collection);
        insert.Parameters.AddWithValue("$d", prepared.Document.DocumentId);
        var index = insert.Parameters.Add("$i", SqliteType.Integer);
        var section = insert.Parameters.Add("$s", SqliteType.Text);
        insert.Parameters.AddWithValue("$l", prepared.Document.Language);
        var text = insert.Parameters.Add("$t", SqliteType.Text);
        var tokens = insert.Parameters.Add("$n", SqliteType.Integer);
        var embedding = insert.Parameters.Add("$e", SqliteType.Blob);

        using var fts = connection.CreateCommand();
        fts.CommandText = "INSERT INTO chunks_fts (rowid, tokens) VALUES ($r, $k)";
        var rowid = fts.Parameters.Add("$r", SqliteType.Integer);
        var indexed = fts.Parameters.Add("$k", SqliteType.Text);

        for (var i = 0; i < prepared.Chunks.Count; i++)
        {
            var chunk = prepared.Chunks[i];
            id.Value = ChunkIds.For(collection, prepared.Document.DocumentId, chunk.Index).ToString();
            index.Value = chunk.Index;
            section.Value = chunk.SectionPath;
            text.Value = chunk.Text;
            tokens.Value = chunk.TokenCount;
            embedding.Value = prepared.Embeddings is { } vectors ? MemoryMarshal.AsBytes(vectors[i].AsSpan()).ToArray() : DBNull.Value;
            rowid.Value = (long)insert.ExecuteScalar()!;
            indexed.Value = FtsQuery.IndexedTokens(DocumentPreparer.IndexedText(prepared.Document, chunk));
            fts.ExecuteNonQuery();
            ChunkWritten?.Invoke(i);
        }
    }

    private static void UpsertDocument(SqliteConnection connection, string collection, PreparedDocument prepared)
    {
        var document = prepared.Document;
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO documents (collection, document_id, title, source, source_date, language, version, index_key, chunk_count, ingested_at)
            VALUES ($c, $d, $title, $source, $date, $l, $v, $k, $n, $at)
            """;
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$d", document.DocumentId);
        command.Parameters.AddWithValue("$title", document.Title);
        command.Parameters.AddWithValue("$source", document.Source);
        command.Parameters.AddWithValue("$date", (object?)document.SourceDate ?? DBNull.Value);
        command.Parameters.AddWithValue("$l", document.Language);
        command.Parameters.AddWithValue("$v", (object?)document.Version ?? DBNull.Value);
        command.Parameters.AddWithValue("$k", prepared.IndexKey);
        command.Parameters.AddWithValue("$n", prepared.Chunks.Count);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static List<long> LexicalRanking(SqliteConnection connection, KnowledgeQuery query, int limit)
    {
        if (FtsQuery.Match(query.Text) is not { } match)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.id FROM chunks_fts f JOIN chunks c ON c.id = f.rowid
            WHERE chunks_fts MATCH $m AND c.collection = $c {Filters(command, query)}
            ORDER BY bm25(chunks_fts) LIMIT $limit
            """;
        command.Parameters.AddWithValue("$m", match);
        command.Parameters.AddWithValue("$c", query.Collection);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadIds(command);
    }

    private static List<long> DenseRanking(SqliteConnection connection, KnowledgeQuery query, float[] vector, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, embedding FROM chunks c WHERE c.collection = $c AND c.embedding IS NOT NULL {Filters(command, query)}";
        command.Parameters.AddWithValue("$c", query.Collection);
        var best = new PriorityQueue<long, float>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var blob = (byte[])reader.GetValue(1);
            var stored = MemoryMarshal.Cast<byte, float>(blob);
            if (stored.Length != vector.Length)
            {
                throw new KnowledgeStoreException("embedding_dimension_mismatch", "the knowledge database holds embeddings of another size than the configured embedding model; re-ingest the collection", 500);
            }

            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(stored, vector);
            best.Enqueue(reader.GetInt64(0), similarity);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }

        var ranked = new List<long>(best.Count);
        while (best.TryDequeue(out var id, out _))
        {
            ranked.Add(id);
        }

        ranked.Reverse();
        return ranked;
    }

    private static string Filters(SqliteCommand command, KnowledgeQuery query)
    {
        var filters = "";
        if (!string.IsNullOrWhiteSpace(query.DocumentId))
        {
            filters += " AND c.document_id = $doc";
            command.Parameters.AddWithValue("$doc", query.DocumentId);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            filters += " AND c.language = $lang";
            command.Parameters.AddWithValue("$lang", query.Language.Trim().Split('-', '_')[0].ToLowerInvariant());
        }

        return filters;
    }

    private static List<long> ReadIds(SqliteCommand command)
    {
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static List<KnowledgeHit> LoadHits(SqliteConnection connection, List<(long Id, double Score)> fused)
    {
        if (fused.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var names = fused.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"""
            SELECT c.id, c.chunk_id, c.document_id, c.section_path, c.language, c.text, d.title, d.source, d.source_date
            FROM chunks c JOIN documents d ON d.collection = c.collection AND d.document_id = c.document_id
            WHERE c.id IN ({string.Join(',', names)})
            """;
        for (var i = 0; i < fused.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], fused[i].Id);
        }

        var rows = new Dictionary<long, KnowledgeHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetInt64(0)] = new KnowledgeHit(
                Guid.Parse(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(6),
                reader.GetString(3),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(4),
                reader.GetString(5),
                0);
        }

        return fused.Where(f => rows.ContainsKey(f.Id)).Select(f => rows[f.Id] with { Score = f.Score }).ToList();
    }
}
