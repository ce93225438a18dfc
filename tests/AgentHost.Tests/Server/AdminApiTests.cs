using System.Net;
using System.Text.Json;

namespace AgentHost.Tests.Server;

/// <summary>The operator endpoints on the real host (loopback, no keys configured: the local operator is admin).</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class AdminApiTests(ServerFixture server)
{
    [Fact]
    public async Task An_operator_reloads_a_package_and_re_ingests_its_knowledge()
    {
        using var reload = await server.Client.PostAsync("api/admin/agents/child-growth/reload", null);
        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        using (var body = JsonDocument.Parse(await reload.Content.ReadAsStringAsync()))
        {
            Assert.True(body.RootElement.GetProperty("reloaded").GetBoolean());
            Assert.Equal("1.0.0", body.RootElement.GetProperty("serving_version").GetString());
            Assert.Equal(0, body.RootElement.GetProperty("problems").GetArrayLength());
        }

        using var ingest = await server.Client.PostAsync("api/admin/agents/child-growth/ingest", null);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        using (var body = JsonDocument.Parse(await ingest.Content.ReadAsStringAsync()))
        {
            Assert.Equal(0, body.RootElement.GetProperty("added").GetInt32());
            Assert.True(body.RootElement.GetProperty("unchanged").GetInt32() >= 15);
        }

        using var unknown = await server.Client.PostAsync("api/admin/agents/nobody/reload", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var token = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-eve", ["child-growth"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/agents/child-growth/reload");
        request.Headers.Authorization = new("Bearer", token);
        using var patient = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, patient.StatusCode);
    }
}
