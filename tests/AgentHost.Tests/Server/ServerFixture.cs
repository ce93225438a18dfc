using AgentHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AgentHost.Tests.Server;

/// <summary>
/// The real host on a loopback port: every package in agents/, the tiny demo model on one thread, SQLite stores and
/// the embedded knowledge store in a temporary folder (each agent's knowledge ingested at start).
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const int MaxBodyBytes = 64 * 1024;
    public const int MaxMessageLength = 2000;
    public const string WidgetSecret = "test-portal-secret-0123456789-abcdefghij";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-server-");

    public WebApplication App { get; private set; } = null!;

    /// <summary>The loopback collector the host exports its metrics to (every second).</summary>
    public OtlpSink Telemetry { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static string RepoRoot => RepositoryFiles.Root;

    public async Task InitializeAsync()
    {
        App = AgentHostServer.Create(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Inference:ModelPath"] = TinyModelFile.Path,
            ["Inference:Threads"] = "1",
            ["Inference:MaxSequences"] = "4",
            ["Inference:ContextSize"] = "8192",
            ["Storage:DataDirectory"] = Path.Combine(_data.FullName, "data"),
            ["Knowledge:DatabasePath"] = Path.Combine(_data.FullName, "knowledge.db"),
            ["Agents:Directory"] = Path.Combine(RepoRoot, "agents"),
            ["Agents:HotReload"] = "false",
            ["Server:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Server:MaxMessageLength"] = MaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Server:MessagesPerMinute"] = "0",
            ["Server:WidgetTokenSecret"] = WidgetSecret,
            ["Server:AllowedOrigins:0"] = "https://portal.example",
            ["Server:AnonymousOrigins:child-growth:0"] = "https://parents.example",
            ["Telemetry:OtlpEndpoint"] = Telemetry.Address.ToString(),
            ["Telemetry:ExportIntervalSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Telemetry.Dispose();
        _data.Delete(recursive: true);
    }
}
