using System.Net;
using System.Text.Json;
using AgentHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgentHost.Tests.Server;

/// <summary>The chat-message limit on a real Kestrel host: per client, 429 with Retry-After in each API's error shape.</summary>
public sealed class ChatRateLimitTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<ServerOptions>(o => o.MessagesPerMinute = 2);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(sp =>
            new ConfigureOptions<RateLimiterOptions>(limiter => ChatRateLimit.Configure(limiter, sp)));
        _app = builder.Build();
        _app.UseRateLimiter();
        _app.MapPost("/v1/chat/completions", () => "ok").RequireRateLimiting(ChatRateLimit.PolicyName);
        _app.MapPost("/api/agents/a/sessions/s/messages", () => "ok").RequireRateLimiting(ChatRateLimit.PolicyName);
        _app.MapGet("/readyz", () => "ok");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_client_over_the_limit_gets_429_with_retry_after_and_others_are_not_affected()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("v1/chat/completions", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("api/agents/a/sessions/s/messages", null)).StatusCode);

        using var openAi = await _client.PostAsync("v1/chat/completions", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, openAi.StatusCode);
        Assert.True(openAi.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using (var error = JsonDocument.Parse(await openAi.Content.ReadAsStringAsync()))
        {
            Assert.Equal("rate_limited", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        }

        using var widget = await _client.PostAsync("api/agents/a/sessions/s/messages", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, widget.StatusCode);
        Assert.Equal("application/problem+json", widget.Content.Headers.ContentType?.MediaType);

        using var keyed = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions");
        keyed.Headers.Authorization = new("Bearer", "another-client");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(keyed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("readyz")).StatusCode);
    }
}
