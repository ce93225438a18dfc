using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AgentHost.Agents.Storage;

/// <summary>The JSON stored in the <c>tool_calls</c> and <c>citations</c> columns, written and read field by field.</summary>
internal static class TurnJson
{
    public static string ToolCall(ToolCallRecord call, int index)
    {
        var field = $"ToolCalls[{index}]";
        RecordGuard.Label(call.CallId, field + ".CallId", 128);
        RecordGuard.Label(call.Name, field + ".Name", 128);
        ArgumentNullException.ThrowIfNull(call.Result);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("call_id", call.CallId);
            writer.WriteString("name", call.Name);
            writer.WritePropertyName("arguments");
            try
            {
                writer.WriteRawValue(call.ArgumentsJson ?? string.Empty);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                throw new InvalidStorageRecordException($"{field}.ArgumentsJson must be one JSON value.");
            }

            writer.WriteBoolean("is_error", call.IsError);
            writer.WriteEndObject();
        });
    }

    public static ToolCallRecord ReadToolCall(string json, string result)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ToolCallRecord(
            root.GetProperty("call_id").GetString() ?? string.Empty,
            root.GetProperty("name").GetString() ?? string.Empty,
            root.GetProperty("arguments").GetRawText(),
            result,
            root.GetProperty("is_error").GetBoolean());
    }

    public static string Citations(IReadOnlyList<CitationRecord> citations) =>
        Write(writer =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < citations.Count; i++)
            {
                var citation = citations[i] ?? throw new InvalidStorageRecordException($"Citations[{i}] must not be null.");
                writer.WriteStartObject();
                writer.WriteString("source_id", RecordGuard.Label(citation.SourceId, $"Citations[{i}].SourceId", 512));
                writer.WriteString("chunk_id", citation.ChunkId);
                writer.WriteString("title", citation.Title);
                if (citation.Number is { } number)
                {
                    writer.WriteNumber("number", number);
                }

                if (citation.Section is { Length: > 0 } section)
                {
                    writer.WriteString("section", section);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    public static IReadOnlyList<CitationRecord> ReadCitations(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(item => new CitationRecord(
                item.GetProperty("source_id").GetString() ?? string.Empty,
                item.GetProperty("chunk_id").GetString(),
                item.GetProperty("title").GetString(),
                item.TryGetProperty("number", out var number) ? number.GetInt32() : null,
                item.TryGetProperty("section", out var section) ? section.GetString() : null))
            .ToList();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
