namespace AgentHost.Agents.Storage;

/// <summary>A knowledge source the answer cites, as <c>[Number]</c> in the text when it has a number.</summary>
public sealed record CitationRecord(string SourceId, string? ChunkId = null, string? Title = null, int? Number = null, string? Section = null);
