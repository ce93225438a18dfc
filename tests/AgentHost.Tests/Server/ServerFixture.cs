using Microsoft.AspNetCore.Builder;

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
        var settings = TestHostSettings.For(_data.FullName, Path.Combine(RepoRoot, "agents"));
        settings["Server:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Server:MaxMessageLength"] = MaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Server:WidgetTokenSecret"] = WidgetSecret;
        settings["Server:AllowedOrigins:0"] = "https://portal.example";
        settings["Server:AnonymousOrigins:child-growth:0"] = "https://parents.example";
        settings["Telemetry:OtlpEndpoint"] = Telemetry.Address.ToString();
        settings["Telemetry:ExportIntervalSeconds"] = "1";
        (App, BaseAddress) = await TestHostSettings.StartAsync(settings);
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
