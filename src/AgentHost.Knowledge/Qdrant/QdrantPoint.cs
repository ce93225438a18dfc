using System.Text.Json.Nodes;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>A point to upsert: the named sparse <c>bm25</c> vector, an optional named <c>dense</c> vector, the payload.</summary>
public sealed record QdrantPoint(Guid Id, SparseVector Sparse, float[]? Dense, JsonObject Payload);
