using System.Net;
using System.Text.Json;

namespace AgentHost.Tests.Server;

[Collection(ModelCommandsCollection.Name)]
public sealed class HealthApiTests(ServerFixture server)
{
    [Fact]
    public async Task Health_readiness_and_info_describe_the_demo_host()
    {
        Assert.Equal("ok", await server.Client.GetStringAsync("healthz"));

        using var ready = await server.Client.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using (var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal("ready", readiness.RootElement.GetProperty("status").GetString());
            Assert.True(readiness.RootElement.GetProperty("model_loaded").GetBoolean());
            Assert.True(readiness.RootElement.GetProperty("stores_reachable").GetBoolean());
            Assert.Equal(3, readiness.RootElement.GetProperty("agents_loaded").GetInt32());
        }

        using var info = JsonDocument.Parse(await server.Client.GetStringAsync("api/info"));
        Assert.True(info.RootElement.GetProperty("demo_model").GetBoolean());
        Assert.Contains("DEMO model", info.RootElement.GetProperty("warning").GetString(), StringComparison.Ordinal);
        Assert.Equal("bailingmoe2", info.RootElement.GetProperty("model").GetProperty("architecture").GetString());
        Assert.True(info.RootElement.GetProperty("model").GetProperty("parameters").GetInt64() > 0);
        Assert.Equal("0.1.0", info.RootElement.GetProperty("version").GetString());
        Assert.Equal(3, info.RootElement.GetProperty("agents").GetArrayLength());
    }
}
