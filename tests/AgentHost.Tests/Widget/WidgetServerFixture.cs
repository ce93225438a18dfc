using AgentHost.Tests.Server;
using Microsoft.AspNetCore.Builder;

namespace AgentHost.Tests.Widget;

/// <summary>
/// The real host for the browser tests: every package in agents/ plus <see cref="ProbeAgent"/>, the tiny model, and a
/// portal on another loopback origin that may call it with portal-signed tokens (CORS).
/// </summary>
public sealed class WidgetServerFixture : IAsyncLifetime
{
    public const string Secret = "widget-test-portal-secret-0123456789-abcdef";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-widget-");
    private PortalServer _portal = null!;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    internal Uri PortalOrigin => _portal.Origin;

    public async Task InitializeAsync()
    {
        _portal = await PortalServer.StartAsync();
        var agents = Path.Combine(_data.FullName, "agents");
        RepositoryFiles.CopyTo("agents", agents);
        // The shared prompt fragments and safety lexicons live next to the agents folder.
        RepositoryFiles.CopyTo("prompts", Path.Combine(_data.FullName, "prompts"));
        RepositoryFiles.CopyTo("safety", Path.Combine(_data.FullName, "safety"));
        ProbeAgent.WriteTo(agents);
        var settings = TestHostSettings.For(_data.FullName, agents);
        settings["Server:WidgetTokenSecret"] = Secret;
        settings["Server:AllowedOrigins:0"] = _portal.Origin.GetLeftPart(UriPartial.Authority);
        settings["Runtime:HospitalContact"] = "心脏外科随访中心 010-6609 1234";
        (App, BaseAddress) = await TestHostSettings.StartAsync(settings);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
    }

    /// <summary>The portal page that embeds the widget for <paramref name="agent"/>, with a fresh token for one subject.</summary>
    public Uri EmbedPage(string agent, string? locale = "zh-CN", string subject = "patient-1", bool withToken = true)
    {
        var token = withToken ? WidgetTokens.Sign(Secret, subject, [agent]) : null;
        var query = $"host={Uri.EscapeDataString(BaseAddress.ToString())}&agent={Uri.EscapeDataString(agent)}"
            + (locale is null ? "" : $"&locale={Uri.EscapeDataString(locale)}")
            + (token is null ? "" : $"&token={Uri.EscapeDataString(token)}");
        return new Uri(_portal.Origin, "/embed?" + query);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await _portal.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
