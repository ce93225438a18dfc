using AgentHost.Hosting;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentHost.Tests.Server;

public sealed class ApiExceptionHandlerTests
{
    private readonly ApiExceptionHandler _handler = new(NullLogger<ApiExceptionHandler>.Instance, Options.Create(new ServerOptions()));

    [Fact]
    public async Task An_unexpected_error_is_a_500_that_never_shows_the_exception_text()
    {
        var context = HttpContexts.Create("/api/agents/child-growth/sessions", "127.0.0.1");

        Assert.True(await _handler.TryHandleAsync(context, new InvalidOperationException("patient wrote: my INR is 5.1"), CancellationToken.None));

        Assert.Equal(500, context.Response.StatusCode);
        var body = HttpContexts.Body(context);
        Assert.Equal("internal_error", body.GetProperty("code").GetString());
        Assert.DoesNotContain("INR", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_engine_is_a_503_with_retry_after_in_openai_shape()
    {
        var context = HttpContexts.Create("/v1/chat/completions", "127.0.0.1");

        Assert.True(await _handler.TryHandleAsync(context, new EngineBusyException(TimeSpan.FromSeconds(2.5)), CancellationToken.None));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("3", context.Response.Headers.RetryAfter.ToString());
        var error = HttpContexts.Body(context).GetProperty("error");
        Assert.Equal("engine_busy", error.GetProperty("code").GetString());
        Assert.Equal("service_unavailable_error", error.GetProperty("type").GetString());
    }
}
