using System.Text.Json;

namespace AgentHost.Clinical;

/// <summary>
/// Reads a tool's arguments strictly: unknown names, missing required fields and wrong JSON types become a
/// <see cref="ClinicalInputException"/> that names the field instead of a serializer message.
/// </summary>
internal static class ClinicalArguments
{
    public static T Read<T>(JsonElement arguments, JsonElement schema)
        where T : class
    {
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            throw new ClinicalInputException("arguments", "arguments must be a JSON object");
        }

        var properties = schema.GetProperty("properties");
        foreach (var property in arguments.EnumerateObject())
        {
            if (!properties.TryGetProperty(property.Name, out _))
            {
                var known = string.Join(", ", properties.EnumerateObject().Select(p => p.Name));
                var shown = JsonFieldPath.SafeName(property.Name);
                throw new ClinicalInputException(
                    shown, $"unknown argument \"{shown}\"; the arguments are: {known}");
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!arguments.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    throw new ClinicalInputException(name, $"{name} is required");
                }
            }
        }

        try
        {
            return arguments.Deserialize<T>(ClinicalJson.Options)
                ?? throw new ClinicalInputException("arguments", "arguments must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw JsonFieldPath.ToInputException(ex.Path, schema);
        }
    }

    /// <summary>Parses raw argument text (from the command line or a batch line).</summary>
    public static JsonElement Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? $" (line {line + 1}, position {position + 1})"
                : string.Empty;
            throw new ClinicalInputException("arguments", $"arguments are not valid JSON{where}");
        }
    }
}
