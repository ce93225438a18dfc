using System.Diagnostics;
using System.Text.Json.Nodes;
using AgentHost.Knowledge.Qdrant;

namespace AgentHost.Knowledge.Tests.Qdrant;

/// <summary>The client's HTTP behaviour against a real loopback server: retries, Retry-After, errors, api-key.</summary>
public sealed class QdrantClientHttpTests
{
    private static readonly JsonObject _filter = QdrantFilter.Match([("collection", "valve")]);

    [Fact]
    public async Task A_429_with_Retry_After_seconds_is_retried_after_that_delay()
    {
        var calls = 0;
        using var server = new LoopbackHttpServer(_ => ++calls == 1
            ? new CannedResponse(429, """{"status":{"error":"Too many requests"}}""", new Dictionary<string, string> { ["Retry-After"] = "1" })
            : new CannedResponse(200, """{"result":{"count":7},"status":"ok","time":0.001}"""));
        var client = QdrantClient.Create(server.BaseAddress, "key-1");

        var clock = Stopwatch.StartNew();
        var count = await client.CountAsync("c", _filter, CancellationToken.None);

        Assert.Equal(7, count);
        Assert.Equal(2, calls);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
        Assert.All(server.Requests, r => Assert.Equal("key-1", r.ApiKey));
    }

    [Fact]
    public async Task A_503_is_retried_and_a_long_Retry_After_is_capped()
    {
        var calls = 0;
        using var server = new LoopbackHttpServer(_ => ++calls < 3
            ? new CannedResponse(503, null, new Dictionary<string, string> { ["Retry-After"] = "3600" })
            : new CannedResponse(200, """{"result":{"count":1},"status":"ok","time":0.001}"""));
        var client = new QdrantClient(new HttpClient { BaseAddress = server.BaseAddress }, null, maxRetries: 4, maxRetryDelay: TimeSpan.FromMilliseconds(50));

        var clock = Stopwatch.StartNew();
        Assert.Equal(1, await client.CountAsync("c", _filter, CancellationToken.None));
        Assert.Equal(3, calls);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.All(server.Requests, r => Assert.Null(r.ApiKey));
    }

    [Fact]
    public async Task When_retries_run_out_the_error_says_Qdrant_is_unavailable()
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(503, null, new Dictionary<string, string> { ["Retry-After"] = "0" }));
        var client = new QdrantClient(new HttpClient { BaseAddress = server.BaseAddress }, null, maxRetries: 2);

        var error = await Assert.ThrowsAsync<KnowledgeStoreException>(() => client.CountAsync("c", _filter, CancellationToken.None));

        Assert.Equal("qdrant_unavailable", error.Code);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_400_is_a_clear_error_that_does_not_echo_the_server_body()
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(400, """{"status":{"error":"Wrong input: 患者张三 的记录"}}"""));
        var client = QdrantClient.Create(server.BaseAddress, null);

        var error = await Assert.ThrowsAsync<KnowledgeStoreException>(() => client.UpsertAsync("c", [], CancellationToken.None));

        Assert.Equal("qdrant_request_rejected", error.Code);
        Assert.Equal("Qdrant rejected the upsert (HTTP 400)", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_401_points_at_the_api_key_setting()
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(401, "Invalid api-key"));
        var error = await Assert.ThrowsAsync<KnowledgeStoreException>(() => QdrantClient.Create(server.BaseAddress, "wrong").GetVersionAsync(CancellationToken.None));

        Assert.Equal("qdrant_unauthorized", error.Code);
        Assert.Contains("Knowledge:QdrantApiKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.10.1", false)]
    [InlineData("1.11.0", true)]
    [InlineData("1.19.0-dev", true)]
    public async Task Versions_before_1_11_are_refused(string version, bool compatible)
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(200, $$"""{"title":"qdrant - vector search engine","version":"{{version}}"}"""));
        var client = QdrantClient.Create(server.BaseAddress, null);

        if (compatible)
        {
            await client.EnsureCompatibleAsync(CancellationToken.None);
        }
        else
        {
            var error = await Assert.ThrowsAsync<KnowledgeStoreException>(() => client.EnsureCompatibleAsync(CancellationToken.None));
            Assert.Equal("qdrant_too_old", error.Code);
        }
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unavailable()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var client = new QdrantClient(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") }, null, maxRetries: 1);
        var error = await Assert.ThrowsAsync<KnowledgeStoreException>(() => client.GetVersionAsync(CancellationToken.None));
        Assert.Equal("qdrant_unavailable", error.Code);
    }
}
