using System.Text.Json;

namespace AgentHost.Endpoints.OpenAI;

/// <summary>One message of the request; <see cref="Content"/> is a string or an array of content parts.</summary>
public sealed class ChatRequestMessage
{
    public string? Role { get; init; }

    public JsonElement Content { get; init; }

    /// <summary>The text of the message: the string, or the text parts joined; null when there is none.</summary>
    public string? Text() => Content.ValueKind switch
    {
        JsonValueKind.String => Content.GetString(),
        JsonValueKind.Array => string.Concat(Content.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("type", out var type) && type.ValueEquals("text")
                && p.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("text").GetString())),
        _ => null,
    };
}
