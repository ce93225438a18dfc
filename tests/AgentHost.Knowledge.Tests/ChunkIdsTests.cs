using AgentHost.Knowledge.Ingestion;

namespace AgentHost.Knowledge.Tests;

public sealed class ChunkIdsTests
{
    [Fact]
    public void Uuid_v5_matches_the_RFC_reference_value()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), ChunkIds.V5(dns, "python.org"));
    }

    [Fact]
    public void Chunk_ids_are_stable_and_differ_by_collection_document_and_index()
    {
        var id = ChunkIds.For("child-growth", "growth-charts", 0);
        Assert.Equal(id, ChunkIds.For("child-growth", "growth-charts", 0));
        Assert.NotEqual(id, ChunkIds.For("child-growth", "growth-charts", 1));
        Assert.NotEqual(id, ChunkIds.For("cardiac-valve-followup", "growth-charts", 0));
        Assert.NotEqual(id, ChunkIds.For("child-growth", "sleep", 0));
    }
}
