using System.Text.RegularExpressions;

namespace AgentHost.Knowledge.Tests.Qdrant;

/// <summary>Qdrant-shaped answers per operation (each checked against the spec's 200 schema in a test).</summary>
internal static partial class QdrantResponses
{
    public static readonly Guid HitId = new("0b7f1f7e-2f69-5d1e-9a6b-3c1e2d4f5a6b");

    public static readonly IReadOnlyDictionary<(string Template, string Method), string> ByOperation = new Dictionary<(string, string), string>
    {
        [("/", "get")] = """{"title":"qdrant - vector search engine","version":"1.19.0","commit":"0000000"}""",
        [("/collections/{collection_name}/exists", "get")] = """{"result":{"exists":false},"status":"ok","time":0.0001}""",
        [("/collections/{collection_name}", "put")] = """{"result":true,"status":"ok","time":0.05}""",
        [("/collections/{collection_name}/index", "put")] = """{"result":{"operation_id":1,"status":"completed"},"status":"ok","time":0.01}""",
        [("/collections/{collection_name}/points/scroll", "post")] = """{"result":{"points":[],"next_page_offset":null},"status":"ok","time":0.001}""",
        [("/collections/{collection_name}/points/count", "post")] = """{"result":{"count":0},"status":"ok","time":0.001}""",
        [("/collections/{collection_name}/points", "put")] = """{"result":{"operation_id":2,"status":"completed"},"status":"ok","time":0.01}""",
        [("/collections/{collection_name}/points/delete", "post")] = """{"result":{"operation_id":3,"status":"completed"},"status":"ok","time":0.01}""",
        [("/collections/{collection_name}/points/query", "post")] = $$$"""
            {"result":{"points":[{"id":"{{{HitId}}}","version":3,"score":0.5,"payload":{
              "collection":"valve","document_id":"inr","chunk_index":1,"title":"华法林与 INR 自我管理","section_path":"何时就医",
              "source":"ESC/EACTS 2021 瓣膜病指南","source_date":"2021-08-28","language":"zh","text":"出现黑便请立即拨打 120。","index_key":"k"}}]},
             "status":"ok","time":0.002}
            """,
    };

    public static string Template(string path) => CollectionSegment().Replace(path, "/collections/{collection_name}");

    public static CannedResponse Answer(RecordedRequest request) =>
        ByOperation.TryGetValue((Template(request.Path), request.Method.ToLowerInvariant()), out var body)
            ? new CannedResponse(200, body)
            : new CannedResponse(404, """{"status":{"error":"Not found"}}""");

    [GeneratedRegex("^/collections/[^/]+")]
    private static partial Regex CollectionSegment();
}
