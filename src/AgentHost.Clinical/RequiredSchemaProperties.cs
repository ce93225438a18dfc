using System.Text.Json.Nodes;

namespace AgentHost.Clinical;

/// <summary>
/// Request properties are nullable so a missing value gets a clear message, but a schema should not invite a
/// model to send null for a required argument: drop "null" from the required properties' types.
/// </summary>
internal static class RequiredSchemaProperties
{
    public static void DisallowNull(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            var required = schema["required"] is JsonArray names
                ? names.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var (name, property) in properties)
            {
                if (property is not JsonObject propertySchema)
                {
                    continue;
                }

                if (required.Contains(name))
                {
                    DropNull(propertySchema);
                }

                DisallowNull(propertySchema);
            }
        }

        if (schema["items"] is JsonObject items)
        {
            DisallowNull(items);
        }
    }

    public static void DropNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var remaining = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            schema["type"] = remaining.Count == 1 ? JsonValue.Create(remaining[0]) : new JsonArray(remaining.Select(t => (JsonNode?)t).ToArray());
        }

        if (schema["enum"] is JsonArray values)
        {
            schema["enum"] = new JsonArray(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray());
        }
    }
}
