using AgentHost.Agents.Hosting;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Tests.Runtime;
using AgentHost.Inference.Gguf;
using AgentHost.Inference.Hosting;
using AgentHost.Knowledge;
using AgentHost.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentHost.Agents.Tests.Hosting;

/// <summary>The composition the host uses: engine, knowledge, agents and stores from configuration, started as a host.</summary>
public sealed class AddAgentsTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-compose-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task The_host_starts_with_every_package_ingests_their_knowledge_and_serves_turns()
    {
        var model = Path.Combine(_data.FullName, "tiny.gguf");
        await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, model);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inference:ModelPath"] = model,
            ["Inference:LibraryDirectory"] = Path.Combine(AppContext.BaseDirectory, "llama", "cpu"),
            ["Inference:Threads"] = "1",
            ["Inference:MaxSequences"] = "2",
            ["Agents:Directory"] = Path.Combine(RuntimeFixture.RepoRoot, "agents"),
            ["Agents:HotReload"] = "false",
            ["Storage:DataDirectory"] = Path.Combine(_data.FullName, "data"),
            ["Knowledge:DatabasePath"] = Path.Combine(_data.FullName, "data", "knowledge.db"),
        });
        builder.AddInference();
        builder.AddKnowledge();
        builder.AddAgents();
        using var host = builder.Build();
        await host.StartAsync();

        Assert.Equal(3, host.Services.GetRequiredService<AgentCatalog>().Packages.Count);
        var hits = await host.Services.GetRequiredService<IKnowledgeStore>()
            .SearchAsync(new KnowledgeQuery("cardiac-valve-followup", "华法林 INR 复查"), CancellationToken.None);
        Assert.NotEmpty(hits);

        var events = new List<TurnEvent>();
        await foreach (var e in host.Services.GetRequiredService<AgentRuntime>().RunTurnAsync(new TurnRequest("adolescent-companion", "我想消失")))
        {
            events.Add(e);
        }

        Assert.IsType<EscalationEvent>(events[0]);
        await host.StopAsync();
    }
}
