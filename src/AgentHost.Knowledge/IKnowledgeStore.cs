namespace AgentHost.Knowledge;

/// <summary>
/// The agent runtime's view of retrieval: keep a collection in step with a folder of documents, search it, forget a
/// document. Both stores (embedded SQLite, Qdrant) implement it with the same tokenizer and chunker, so they rank alike.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>
    /// Makes <paramref name="collection"/> hold exactly the documents of <paramref name="directory"/> (recursively):
    /// new and changed files are (re)ingested, unchanged files (same content hash) are skipped, documents whose file
    /// is gone are removed.
    /// </summary>
    Task<IngestResult> IngestDirectoryAsync(string directory, string collection, CancellationToken cancellationToken);

    /// <summary>Hybrid search (lexical BM25, plus dense when an embedding model is configured, fused by RRF).</summary>
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken);

    /// <summary>Removes every chunk of one document; a missing document is not an error.</summary>
    Task DeleteDocumentAsync(string collection, string documentId, CancellationToken cancellationToken);
}
