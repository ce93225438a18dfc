using System.Net;

namespace AgentHost.Tests.Server;

/// <summary>Browser access on the real host: configured origins get CORS answers, others do not.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class CorsTests(ServerFixture server)
{
    [Theory]
    [InlineData("https://portal.example")]
    [InlineData("https://parents.example")]
    public async Task A_configured_origin_gets_a_preflight_answer(string origin)
    {
        using var response = await PreflightAsync(origin);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_permission()
    {
        using var response = await PreflightAsync("https://evil.example");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "api/agents/child-growth/sessions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return server.Client.SendAsync(request);
    }
}
