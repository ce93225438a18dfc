namespace AgentHost.Knowledge.Hosting;

/// <summary>The <c>Knowledge</c> configuration section.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    public KnowledgeStoreKind Store { get; set; } = KnowledgeStoreKind.Embedded;

    /// <summary>The embedded store's SQLite file.</summary>
    public string DatabasePath { get; set; } = "data/knowledge.db";

    /// <summary>Base URL of Qdrant's REST API (e.g. http://qdrant:6333), required when <see cref="Store"/> is Qdrant.</summary>
    public string? QdrantUrl { get; set; }

    /// <summary>Sent as the <c>api-key</c> header; keep it in a secret store or environment variable.</summary>
    public string? QdrantApiKey { get; set; }

    /// <summary>Default number of hits per question.</summary>
    public int TopK { get; set; } = 4;

    /// <summary>Chunk size in model tokens.</summary>
    public int ChunkTokens { get; set; } = 256;

    /// <summary>Tokens repeated from the end of one chunk at the start of the next.</summary>
    public int ChunkOverlapTokens { get; set; } = 48;
}
