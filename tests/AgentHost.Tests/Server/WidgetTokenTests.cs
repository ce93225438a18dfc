using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AgentHost.Tests.Server;

/// <summary>Widget session tokens against the real host: scope to agents and subject, expiry, forgery, wrong API.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class WidgetTokenTests(ServerFixture server)
{
    [Fact]
    public async Task A_token_opens_its_agents_for_its_subject_only()
    {
        var alice = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-alice", ["adolescent-companion"], locale: "en");

        using var list = await SendAsync(HttpMethod.Get, "api/agents", alice);
        using (var agents = JsonDocument.Parse(await list.Content.ReadAsStringAsync()))
        {
            Assert.Equal(["adolescent-companion"], agents.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        }

        using var created = await SendAsync(HttpMethod.Post, "api/agents/adolescent-companion/sessions", alice);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var sessionId = session.RootElement.GetProperty("session_id").GetString();
        Assert.Equal("en", session.RootElement.GetProperty("locale").GetString());

        using var other = await SendAsync(HttpMethod.Post, "api/agents/child-growth/sessions", alice);
        await AssertErrorAsync(other, HttpStatusCode.Forbidden, "agent_not_allowed");

        var bob = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-bob", ["adolescent-companion"]);
        using var foreign = await SendAsync(HttpMethod.Get, $"api/agents/adolescent-companion/sessions/{sessionId}", bob);
        await AssertErrorAsync(foreign, HttpStatusCode.NotFound, "unknown_session");

        using var own = await SendAsync(HttpMethod.Get, $"api/agents/adolescent-companion/sessions/{sessionId}", alice);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Expired_forged_and_misplaced_tokens_are_refused_cleanly()
    {
        var expired = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-carol", ["child-growth"], lifetime: TimeSpan.FromMinutes(-10));
        await AssertErrorAsync(await SendAsync(HttpMethod.Get, "api/agents", expired), HttpStatusCode.Unauthorized, "widget_token_expired");

        var forged = WidgetTokens.Sign("another-secret-that-the-host-does-not-know", "pseudo-carol", ["child-growth"]);
        await AssertErrorAsync(await SendAsync(HttpMethod.Get, "api/agents", forged), HttpStatusCode.Unauthorized, "invalid_widget_token");

        var valid = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-carol", ["child-growth"]);
        using var openAi = await SendAsync(HttpMethod.Get, "v1/models", valid);
        Assert.Equal(HttpStatusCode.Forbidden, openAi.StatusCode);
        using var body = JsonDocument.Parse(await openAi.Content.ReadAsStringAsync());
        Assert.Equal("widget_token_not_allowed_here", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Client.SendAsync(request);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        }
    }
}
