namespace AgentHost.Knowledge;

/// <summary>What one ingestion run did, in documents (and chunks written).</summary>
public sealed record IngestResult(int Added, int Updated, int Unchanged, int Removed, int ChunksWritten)
{
    public int Documents => Added + Updated + Unchanged;
}
