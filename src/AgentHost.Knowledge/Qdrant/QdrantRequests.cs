using System.Text.Json.Nodes;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>The request bodies the client sends, as JSON, so contract tests can check each against Qdrant's OpenAPI.</summary>
public static class QdrantRequests
{
    public const string SparseVectorName = "bm25";
    public const string DenseVectorName = "dense";

    /// <summary>Named dense vector (cosine) when a dimension is given, and the sparse <c>bm25</c> vector with IDF.</summary>
    public static JsonObject CreateCollection(int? denseDimensions)
    {
        var vectors = new JsonObject();
        if (denseDimensions is { } size)
        {
            vectors[DenseVectorName] = new JsonObject { ["size"] = size, ["distance"] = "Cosine" };
        }

        return new JsonObject
        {
            ["vectors"] = vectors,
            ["sparse_vectors"] = new JsonObject { [SparseVectorName] = new JsonObject { ["modifier"] = "idf" } },
        };
    }

    public static JsonObject CreateKeywordIndex(string field, bool isTenant) => new()
    {
        ["field_name"] = field,
        ["field_schema"] = new JsonObject { ["type"] = "keyword", ["is_tenant"] = isTenant },
    };

    public static JsonObject Upsert(IEnumerable<QdrantPoint> points) => new()
    {
        ["points"] = new JsonArray(points.Select(p =>
        {
            var vector = new JsonObject { [SparseVectorName] = Sparse(p.Sparse) };
            if (p.Dense is not null)
            {
                vector[DenseVectorName] = Dense(p.Dense);
            }

            return (JsonNode)new JsonObject { ["id"] = p.Id.ToString(), ["vector"] = vector, ["payload"] = p.Payload.DeepClone() };
        }).ToArray()),
    };

    /// <summary>
    /// Hybrid when both vectors are given: two prefetches (sparse, dense) fused by <c>{"fusion":"rrf"}</c>; otherwise
    /// one nearest query on the vector given. The filter applies inside every prefetch and to the fused result.
    /// </summary>
    public static JsonObject Query(SparseVector? sparse, float[]? dense, JsonObject filter, int limit, int prefetchLimit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var request = new JsonObject();
        if (sparse is not null && dense is not null)
        {
            request["prefetch"] = new JsonArray(
                Prefetch(Sparse(sparse), SparseVectorName, filter, prefetchLimit),
                Prefetch(Dense(dense), DenseVectorName, filter, prefetchLimit));
            request["query"] = new JsonObject { ["fusion"] = "rrf" };
        }
        else
        {
            request["query"] = new JsonObject { ["nearest"] = sparse is not null ? Sparse(sparse) : Dense(dense ?? []) };
            request["using"] = sparse is not null ? SparseVectorName : DenseVectorName;
        }

        request["filter"] = filter.DeepClone();
        request["limit"] = limit;
        request["with_payload"] = true;
        return request;
    }

    public static JsonObject Delete(JsonObject filter) => new() { ["filter"] = filter.DeepClone() };

    public static JsonObject Count(JsonObject filter) => new() { ["filter"] = filter.DeepClone(), ["exact"] = true };

    public static JsonObject Scroll(JsonObject filter, string[] payloadFields, int limit, JsonNode? offset)
    {
        var request = new JsonObject
        {
            ["filter"] = filter.DeepClone(),
            ["limit"] = limit,
            ["with_payload"] = new JsonArray(payloadFields.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
            ["with_vector"] = false,
        };
        if (offset is not null)
        {
            request["offset"] = offset.DeepClone();
        }

        return request;
    }

    private static JsonObject Prefetch(JsonNode vector, string name, JsonObject filter, int limit) => new()
    {
        ["query"] = new JsonObject { ["nearest"] = vector },
        ["using"] = name,
        ["filter"] = filter.DeepClone(),
        ["limit"] = limit,
    };

    private static JsonObject Sparse(SparseVector vector) => new()
    {
        ["indices"] = new JsonArray(vector.Indices.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
        ["values"] = new JsonArray(vector.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
    };

    private static JsonArray Dense(float[] vector) => new(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
