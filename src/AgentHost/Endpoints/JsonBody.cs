using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AgentHost.Endpoints;

/// <summary>Reads a JSON request body; malformed or missing JSON is a clean 400, an oversize body Kestrel's 413.</summary>
internal static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, bool optional = false)
        where T : class, new()
    {
        if (optional && request.ContentLength is 0 or null && !request.Headers.TransferEncoding.Any())
        {
            return new T();
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, typeInfo, request.HttpContext.RequestAborted).ConfigureAwait(false)
                ?? throw new ApiRequestException("invalid_json", "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new ApiRequestException("invalid_json", "The request body is not valid JSON of the expected shape.");
        }
    }
}
