namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// A parsed document: its metadata (from front matter or HTML meta tags) and its text by section. The id is the front
/// matter <c>id</c>, else the path relative to the ingested folder without extension; the content hash is the SHA-256
/// of the file's bytes (an unchanged hash means nothing to re-ingest).
/// </summary>
public sealed record SourceDocument(
    string DocumentId,
    string Title,
    string Source,
    string? SourceDate,
    string Language,
    string? Version,
    string ContentHash,
    IReadOnlyList<DocumentSection> Sections);
