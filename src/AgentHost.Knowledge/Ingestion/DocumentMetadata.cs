namespace AgentHost.Knowledge.Ingestion;

/// <summary>Metadata fields a document declares itself (front matter, HTML meta); any may be missing.</summary>
internal sealed record DocumentMetadata(string? Id, string? Title, string? Source, string? Date, string? Language, string? Version)
{
    public static DocumentMetadata Empty { get; } = new(null, null, null, null, null, null);

    public static DocumentMetadata From(IReadOnlyDictionary<string, string> fields)
    {
        string? Get(params string[] keys) => keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        return new DocumentMetadata(
            Get("id", "document_id", "doc_id"),
            Get("title"),
            Get("source"),
            Get("date", "updated", "version_date"),
            Get("language", "lang"),
            Get("version"));
    }
}
