using System.Text.Json;
using AgentHost.Agents.Storage;

namespace AgentHost.Agents.Runtime;

/// <summary>A tool the model called, with its arguments and the tool's result (or that it failed).</summary>
public sealed record ToolEvent(string Name, JsonElement Arguments, JsonElement? Result, bool Failed) : TurnEvent
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public override string Type => "tool";

    /// <summary>The event for an executed call, live or read back from the store: a result that is not JSON (an error text) is left out.</summary>
    public static ToolEvent From(ToolCallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ToolEvent(record.Name, ParseOrNull(record.ArgumentsJson) ?? EmptyObject, ParseOrNull(record.Result), record.IsError);
    }

    private static JsonElement? ParseOrNull(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
