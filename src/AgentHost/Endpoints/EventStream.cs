using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AgentHost.Endpoints;

/// <summary>Writes a <c>text/event-stream</c> response: data lines, named events, keep-alive comments.</summary>
internal sealed class EventStream(HttpResponse response)
{
    private static readonly byte[] KeepAliveBytes = ": keep-alive\n\n"u8.ToArray();

    public bool Started => response.HasStarted;

    public async Task StartAsync()
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    public Task DataAsync<T>(T value, JsonTypeInfo<T> typeInfo) => WriteAsync(null, JsonSerializer.Serialize(value, typeInfo));

    public Task EventAsync<T>(string name, T value, JsonTypeInfo<T> typeInfo) => WriteAsync(name, JsonSerializer.Serialize(value, typeInfo));

    public Task DoneAsync() => WriteAsync(null, "[DONE]");

    public async Task KeepAliveAsync()
    {
        await StartAsync().ConfigureAwait(false);
        await response.Body.WriteAsync(KeepAliveBytes, response.HttpContext.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private async Task WriteAsync(string? name, string data)
    {
        await StartAsync().ConfigureAwait(false);
        var text = name is null ? $"data: {data}\n\n" : $"event: {name}\ndata: {data}\n\n";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), response.HttpContext.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
