using System.Text;
using System.Text.Json;

namespace AgentHost.Tests.Server;

/// <summary>Metrics reach the configured collector over OTLP with the GenAI names, and carry no message text.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class TelemetryTests(ServerFixture server)
{
    [Fact]
    public async Task GenAI_metrics_are_exported_without_any_message_content()
    {
        const string secret = "我的女儿小红三岁身高九十二厘米";
        using var created = await server.Client.PostAsync("api/agents/child-growth/sessions", null);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = session.RootElement.GetProperty("session_id").GetString();
        using var answer = await server.Client.SendAsync(OpenAIApiTests.Json($"api/agents/child-growth/sessions/{id}/messages", JsonSerializer.Serialize(new { message = secret })));
        await answer.Content.ReadAsStringAsync();

        string[] expected = ["gen_ai.server.time_to_first_token", "gen_ai.client.token.usage", "agenthost.inference.queue_depth", "http.server.request.duration"];
        var exported = "";
        for (var i = 0; i < 100 && !expected.All(name => exported.Contains(name, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
            exported = string.Concat(server.Telemetry.Received.Select(r => Encoding.UTF8.GetString(r.Body)));
        }

        Assert.All(server.Telemetry.Received, r => Assert.Equal("/v1/metrics", r.Path));
        Assert.Contains("gen_ai.server.time_to_first_token", exported, StringComparison.Ordinal);
        Assert.Contains("gen_ai.client.token.usage", exported, StringComparison.Ordinal);
        Assert.Contains("agenthost.inference.queue_depth", exported, StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, exported, StringComparison.Ordinal);
        Assert.DoesNotContain("小红", exported, StringComparison.Ordinal);
    }
}
