namespace AgentHost.Knowledge.Ingestion;

/// <summary>One retrievable piece of a document; never spans two sections.</summary>
public sealed record DocumentChunk(int Index, string SectionPath, string Text, int TokenCount);
