using AgentHost.Inference.Engine;
using AgentHost.Inference.Hosting;
using AgentHost.Inference.Tests.Engine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Inference.Tests.Hosting;

/// <summary>The host composition: with no model configured it generates the demo model, loads it at start, and serves chat.</summary>
[Collection(EngineCollection.Name)]
public sealed class AddInferenceTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-host-");

    [Fact]
    public async Task Without_a_model_the_host_generates_the_demo_model_and_serves_chat()
    {
        using var host = Build(new() { ["Inference:DemoModelDirectory"] = _data.FullName });
        await host.StartAsync();

        var engine = host.Services.GetRequiredService<InferenceEngine>();
        Assert.True(engine.Model.Info.IsDemo);
        Assert.StartsWith(_data.FullName, engine.Model.Info.Path, StringComparison.Ordinal);
        var response = await host.Services.GetRequiredService<IChatClient>()
            .GetResponseAsync([new ChatMessage(ChatRole.User, "你好")], new ChatOptions { MaxOutputTokens = 4, Temperature = 0 });
        Assert.NotNull(response.Usage);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_wrong_setting_stops_the_host_at_start_naming_the_setting()
    {
        using var host = Build(new() { ["Inference:ModelPath"] = "/models/missing.gguf", ["Inference:MaxSequences"] = "0" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains("Inference:ModelPath '/models/missing.gguf' does not exist", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Inference:MaxSequences must be between 1 and 256", StringComparison.Ordinal));
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        settings["Inference:LibraryDirectory"] = RepoPaths.CpuLibraryDirectory;
        settings["Inference:Threads"] = "1";
        settings["Inference:ContextSize"] = "1024";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddInference();
        return builder.Build();
    }
}
