using AgentHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AgentHost.Tests.Server;

/// <summary>The settings every test host shares (tiny model on one thread, stores in a temporary folder), and its start.</summary>
internal static class TestHostSettings
{
    public static Dictionary<string, string?> For(string dataDirectory, string agentsDirectory) => new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Inference:ModelPath"] = TinyModelFile.Path,
        ["Inference:Threads"] = "1",
        ["Inference:MaxSequences"] = "4",
        ["Inference:ContextSize"] = "8192",
        ["Storage:DataDirectory"] = Path.Combine(dataDirectory, "data"),
        ["Knowledge:DatabasePath"] = Path.Combine(dataDirectory, "knowledge.db"),
        ["Agents:Directory"] = agentsDirectory,
        ["Agents:HotReload"] = "false",
        ["Server:MessagesPerMinute"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts the real host on a loopback port; returns it with its base address (ending in /).</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var app = AgentHostServer.Create(settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
