namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// A document ready to write: chunks, one unit-length embedding per chunk when an embedding model is configured,
/// and the index key that decides whether a stored copy is still current.
/// </summary>
public sealed record PreparedDocument(SourceDocument Document, IReadOnlyList<DocumentChunk> Chunks, IReadOnlyList<float[]>? Embeddings, string IndexKey);
