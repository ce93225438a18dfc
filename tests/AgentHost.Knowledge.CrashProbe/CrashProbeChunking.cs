using AgentHost.Knowledge.Ingestion;

/// <summary>Small chunks, no overlap: one chunk per generated sentence, so a document has thousands of chunks.</summary>
internal static class CrashProbeChunking
{
    public static ChunkingOptions Options { get; } = new(MaxTokens: 32, OverlapTokens: 0);
}
