using AgentHost.Endpoints;
using AgentHost.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentHost.Tests.Server;

/// <summary>The safe default (loopback only without keys) and key checks once keys are configured.</summary>
public sealed class ApiAccessMiddlewareTests
{
    private const string Key = "test-key-0123456789";

    [Theory]
    [InlineData("/v1/chat/completions", "errors")]
    [InlineData("/api/agents", "problem")]
    public async Task Without_keys_a_client_on_another_machine_is_refused_with_403(string path, string shape)
    {
        var (context, reached) = await RunAsync(new ServerOptions(), path, "10.20.30.40");

        Assert.False(reached);
        Assert.Equal(403, context.Response.StatusCode);
        var body = HttpContexts.Body(context);
        var code = shape == "errors" ? body.GetProperty("error").GetProperty("code").GetString() : body.GetProperty("code").GetString();
        Assert.Equal("loopback_only", code);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Without_keys_a_loopback_client_is_served(string address)
    {
        var (_, reached) = await RunAsync(new ServerOptions(), "/v1/models", address);
        Assert.True(reached);
    }

    [Fact]
    public async Task Probes_are_answered_from_anywhere()
    {
        var (_, reached) = await RunAsync(new ServerOptions(), "/readyz", "10.20.30.40");
        Assert.True(reached);
    }

    [Theory]
    [InlineData("/widget.js")]
    [InlineData("/")]
    [InlineData("/chat/child-growth")]
    public async Task The_widget_files_and_pages_are_public_while_the_api_stays_guarded(string path)
    {
        var options = new ServerOptions { ApiKeys = [ApiKeyHash.Compute(Key)] };
        var (_, reached) = await RunAsync(options, path, "10.20.30.40");
        Assert.True(reached);

        var (guarded, reachedApi) = await RunAsync(options, "/API/agents", "10.20.30.40");
        Assert.False(reachedApi);
        Assert.Equal(401, guarded.Response.StatusCode);
    }

    [Fact]
    public async Task With_keys_every_call_needs_a_valid_one()
    {
        var options = new ServerOptions { ApiKeys = [ApiKeyHash.Compute(Key)] };

        var (missing, reachedWithout) = await RunAsync(options, "/v1/models", "127.0.0.1");
        Assert.False(reachedWithout);
        Assert.Equal(401, missing.Response.StatusCode);
        Assert.Equal("missing_api_key", HttpContexts.Body(missing).GetProperty("error").GetProperty("code").GetString());

        var (wrong, reachedWrong) = await RunAsync(options, "/api/agents", "10.20.30.40", "Bearer not-the-key");
        Assert.False(reachedWrong);
        Assert.Equal(401, wrong.Response.StatusCode);
        Assert.Equal("invalid_api_key", HttpContexts.Body(wrong).GetProperty("code").GetString());

        var (_, reached) = await RunAsync(options, "/api/agents", "10.20.30.40", "Bearer " + Key);
        Assert.True(reached);
    }

    [Fact]
    public async Task A_patient_with_a_portal_token_reaches_the_widget_api_from_the_hospital_network()
    {
        var options = new ServerOptions { WidgetTokenSecret = ServerFixture.WidgetSecret };
        var token = WidgetTokens.Sign(ServerFixture.WidgetSecret, "pseudo-dan", ["child-growth"]);

        var (widget, reachedWidget) = await RunAsync(options, "/api/agents", "10.20.30.40", "Bearer " + token);
        Assert.True(reachedWidget);
        Assert.Equal("pseudo-dan", widget.Features.Get<WidgetToken>()!.Subject);

        var (_, reachedWithoutToken) = await RunAsync(options, "/api/agents", "10.20.30.40");
        Assert.False(reachedWithoutToken);
    }

    [Fact]
    public async Task An_agent_open_to_a_web_origin_is_reachable_anonymously_from_it_and_other_origins_are_refused()
    {
        var options = new ServerOptions { AnonymousOrigins = new() { ["child-growth"] = ["https://parents.example"] } };

        var (open, reached) = await RunAsync(options, "/api/agents/child-growth/sessions", "10.1.2.3", origin: "https://parents.example");
        Assert.True(reached);
        Assert.True(RequestChecks.MayUse(open, "child-growth"));
        Assert.False(RequestChecks.MayUse(open, "adolescent-companion"));

        var (wrongOrigin, reachedWrong) = await RunAsync(options, "/api/agents/child-growth/sessions", "10.1.2.3", origin: "https://evil.example");
        Assert.False(reachedWrong);
        Assert.Equal(403, wrongOrigin.Response.StatusCode);

        var (_, reachedOpenAi) = await RunAsync(options, "/v1/models", "10.1.2.3", origin: "https://parents.example");
        Assert.False(reachedOpenAi);
    }

    [Fact]
    public void Keys_must_be_configured_as_hashes()
    {
        var result = new ServerOptionsValidatorProbe().Validate(new ServerOptions { ApiKeys = [Key] });
        Assert.True(result.Failed);
        Assert.Contains("SHA-256", result.FailureMessage, StringComparison.Ordinal);
    }

    private static async Task<(Microsoft.AspNetCore.Http.DefaultHttpContext Context, bool Reached)> RunAsync(ServerOptions options, string path, string address, string? authorization = null, string? origin = null)
    {
        var reached = false;
        var middleware = new ApiAccessMiddleware(_ =>
        {
            reached = true;
            return Task.CompletedTask;
        }, Options.Create(options), new WidgetTokenValidator(Options.Create(options), TimeProvider.System), NullLogger<ApiAccessMiddleware>.Instance);
        var context = HttpContexts.Create(path, address, authorization);
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        await middleware.InvokeAsync(context);
        return (context, reached);
    }
}
