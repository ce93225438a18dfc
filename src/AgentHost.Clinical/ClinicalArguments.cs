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

        CheckObject(arguments, schema, string.Empty);

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

    // Unknown names and missing required fields, at the top level and inside arrays of objects (e.g. readings[1]).
    private static void CheckObject(JsonElement value, JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        string Field(string name) => path.Length == 0 ? name : $"{path}.{name}";

        foreach (var property in value.EnumerateObject())
        {
            if (!properties.TryGetProperty(property.Name, out var propertySchema))
            {
                var known = string.Join(", ", properties.EnumerateObject().Select(p => p.Name));
                var shown = Field(JsonFieldPath.SafeName(property.Name));
                throw new ClinicalInputException(shown, $"unknown argument \"{shown}\"; the arguments are: {known}");
            }

            if (property.Value.ValueKind == JsonValueKind.Array && propertySchema.TryGetProperty("items", out var itemSchema))
            {
                var index = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        CheckObject(item, itemSchema, $"{Field(property.Name)}[{index}]");
                    }

                    index++;
                }
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                {
                    throw new ClinicalInputException(Field(name), $"{Field(name)} is required");
                }
            }
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
