namespace AgentHost.Knowledge.Ingestion;

/// <summary>Chunk size and overlap, in model tokens.</summary>
public sealed record ChunkingOptions(int MaxTokens = 256, int OverlapTokens = 48)
{
    public static ChunkingOptions Default { get; } = new();
}
