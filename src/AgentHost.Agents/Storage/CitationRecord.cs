namespace AgentHost.Agents.Storage;

/// <summary>A knowledge source the answer cites.</summary>
public sealed record CitationRecord(string SourceId, string? ChunkId = null, string? Title = null);
