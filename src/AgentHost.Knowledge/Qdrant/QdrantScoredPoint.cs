using System.Text.Json.Nodes;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>One result of <c>/points/query</c>.</summary>
public sealed record QdrantScoredPoint(string Id, double Score, JsonObject? Payload);
