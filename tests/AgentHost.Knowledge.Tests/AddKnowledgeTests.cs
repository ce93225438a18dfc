using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Hosting;
using AgentHost.Knowledge.Qdrant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Knowledge.Tests;

public sealed class AddKnowledgeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void The_embedded_store_is_the_default()
    {
        using var host = Build(("Knowledge:DatabasePath", Path.Combine(_temp.Path, "k.db")));

        Assert.IsType<EmbeddedKnowledgeStore>(host.Services.GetRequiredService<IKnowledgeStore>());
        Assert.Equal(4, host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.TopK);
    }

    [Fact]
    public void Qdrant_is_chosen_by_configuration()
    {
        using var host = Build(("Knowledge:Store", "Qdrant"), ("Knowledge:QdrantUrl", "http://127.0.0.1:6333"), ("Knowledge:QdrantApiKey", "k"));

        Assert.IsType<QdrantKnowledgeStore>(host.Services.GetRequiredService<IKnowledgeStore>());
    }

    [Fact]
    public async Task A_bad_configuration_stops_the_host_at_start_with_one_line_per_problem()
    {
        using var host = Build(("Knowledge:Store", "Qdrant"), ("Knowledge:TopK", "0"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Knowledge:QdrantUrl must be an absolute http(s) URL when Knowledge:Store is Qdrant", error.Failures);
        Assert.Contains("Knowledge:TopK must be between 1 and 50 (got 0)", error.Failures);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddKnowledge();
        return builder.Build();
    }
}
