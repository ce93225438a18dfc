namespace AgentHost.Knowledge.Hosting;

/// <summary>Where chunks live: the embedded SQLite file (default) or a Qdrant server.</summary>
public enum KnowledgeStoreKind
{
    Embedded,
    Qdrant,
}
