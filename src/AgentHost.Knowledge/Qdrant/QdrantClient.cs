using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>
/// A small typed client for the parts of Qdrant's REST API retrieval needs. Sends the <c>api-key</c> header, retries
/// 429 and 503 (honouring Retry-After, capped) and connection failures, and turns other failures into
/// <see cref="KnowledgeStoreException"/>s that name the operation and status only: Qdrant's error bodies can echo
/// payload text, so they are never copied into messages or logs.
/// </summary>
public sealed class QdrantClient
{
    /// <summary>Hybrid <c>/points/query</c> with prefetch and RRF, and <c>is_tenant</c>, need 1.11.</summary>
    public static readonly Version MinimumVersion = new(1, 11, 0);

    private readonly HttpClient _http;
    private readonly string? _apiKey;
    private readonly int _maxRetries;
    private readonly TimeSpan _maxRetryDelay;

    public QdrantClient(HttpClient http, string? apiKey, int maxRetries = 4, TimeSpan? maxRetryDelay = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(http.BaseAddress);
        if (!http.BaseAddress.AbsolutePath.EndsWith('/'))
        {
            throw new ArgumentException("the Qdrant base address must end with '/'", nameof(http));
        }

        _http = http;
        _apiKey = string.IsNullOrWhiteSpace(apiKey) ? null : apiKey;
        _maxRetries = maxRetries;
        _maxRetryDelay = maxRetryDelay ?? TimeSpan.FromSeconds(30);
    }

    /// <summary>A client on its own HttpClient for <paramref name="url"/> (with or without a trailing slash).</summary>
    public static QdrantClient Create(Uri url, string? apiKey, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var baseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        return new QdrantClient(http, apiKey);
    }

    /// <summary>The server's version from <c>GET /</c>.</summary>
    public async Task<Version> GetVersionAsync(CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Get, "", null, "version check", cancellationToken).ConfigureAwait(false);
        var text = root?["version"]?.GetValue<string>() ?? "";
        var numeric = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        return Version.TryParse(numeric, out var version)
            ? version
            : throw new KnowledgeStoreException("qdrant_version_unknown", "Qdrant did not report a version number", 502);
    }

    public async Task EnsureCompatibleAsync(CancellationToken cancellationToken)
    {
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version < MinimumVersion)
        {
            throw new KnowledgeStoreException("qdrant_too_old", $"Qdrant {version} is too old: AgentHost needs {MinimumVersion} or later (hybrid query with RRF)", 503);
        }
    }

    public async Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, $"collections/{Escape(name)}/exists", null, "collection check", cancellationToken).ConfigureAwait(false);
        return response?["result"]?["exists"]?.GetValue<bool>() ?? false;
    }

    public Task CreateCollectionAsync(string name, int? denseDimensions, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"collections/{Escape(name)}", QdrantRequests.CreateCollection(denseDimensions), "collection create", cancellationToken);

    public Task CreateKeywordIndexAsync(string name, string field, bool isTenant, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"collections/{Escape(name)}/index?wait=true", QdrantRequests.CreateKeywordIndex(field, isTenant), "payload index create", cancellationToken);

    public Task UpsertAsync(string name, IReadOnlyList<QdrantPoint> points, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"collections/{Escape(name)}/points?wait=true", QdrantRequests.Upsert(points), "upsert", cancellationToken);

    public Task DeleteAsync(string name, JsonObject filter, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"collections/{Escape(name)}/points/delete?wait=true", QdrantRequests.Delete(filter), "delete", cancellationToken);

    public async Task<long> CountAsync(string name, JsonObject filter, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, $"collections/{Escape(name)}/points/count", QdrantRequests.Count(filter), "count", cancellationToken).ConfigureAwait(false);
        return response?["result"]?["count"]?.GetValue<long>() ?? 0;
    }

    public async Task<IReadOnlyList<QdrantScoredPoint>> QueryAsync(string name, JsonObject request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, $"collections/{Escape(name)}/points/query", request, "query", cancellationToken).ConfigureAwait(false);
        var points = response?["result"]?["points"]?.AsArray() ?? [];
        return points.Select(p => new QdrantScoredPoint(
            p!["id"]!.ToString(),
            p["score"]!.GetValue<double>(),
            p["payload"] as JsonObject)).ToList();
    }

    /// <summary>One page of <c>/points/scroll</c>: the points' payloads and the offset of the next page (null at the end).</summary>
    public async Task<(IReadOnlyList<JsonObject> Payloads, JsonNode? NextOffset)> ScrollAsync(string name, JsonObject request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, $"collections/{Escape(name)}/points/scroll", request, "scroll", cancellationToken).ConfigureAwait(false);
        var result = response?["result"];
        var payloads = (result?["points"]?.AsArray() ?? []).Select(p => p?["payload"] as JsonObject ?? []).ToList();
        return (payloads, result?["next_page_offset"]?.DeepClone());
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body, string operation, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }

            if (_apiKey is not null)
            {
                request.Headers.Add("api-key", _apiKey);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                if (attempt < _maxRetries)
                {
                    await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new KnowledgeStoreException("qdrant_unavailable", $"Qdrant is unreachable ({operation})", 503, ex);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    return text.Length == 0 ? null : JsonNode.Parse(text);
                }

                if (status is 429 or 503 && attempt < _maxRetries)
                {
                    await Task.Delay(RetryDelay(response.Headers.RetryAfter, attempt), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw Failure(response.StatusCode, operation);
            }
        }
    }

    private TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter, int attempt)
    {
        var delay = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => Backoff(attempt),
        };
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > _maxRetryDelay ? _maxRetryDelay : delay;
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt));

    private static KnowledgeStoreException Failure(HttpStatusCode status, string operation)
    {
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new KnowledgeStoreException("qdrant_unauthorized", $"Qdrant refused the {operation} (HTTP {code}): check Knowledge:QdrantApiKey", 503),
            HttpStatusCode.NotFound =>
                new KnowledgeStoreException("qdrant_not_found", $"Qdrant answered not found to the {operation} (HTTP 404): the collection may not exist", 503),
            _ when (int)status < 500 =>
                new KnowledgeStoreException("qdrant_request_rejected", $"Qdrant rejected the {operation} (HTTP {code})", 502),
            _ => new KnowledgeStoreException("qdrant_unavailable", $"Qdrant failed the {operation} (HTTP {code})", 503),
        };
    }

    private static string Escape(string name) => Uri.EscapeDataString(name);
}
