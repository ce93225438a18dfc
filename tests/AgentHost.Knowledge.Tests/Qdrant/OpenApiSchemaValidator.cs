using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentHost.Knowledge.Tests.Qdrant;

/// <summary>
/// Validates JSON against the subset of OpenAPI 3.0 / JSON Schema that Qdrant's spec uses: <c>$ref</c> (local),
/// <c>type</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>anyOf</c>,
/// <c>oneOf</c> (exactly one), <c>allOf</c>, <c>enum</c>, <c>nullable</c>, <c>minimum</c>/<c>maximum</c>,
/// <c>minLength</c>, <c>uniqueItems</c> and the <c>uint*</c>/<c>uuid</c> formats. A schema that says only
/// <c>nullable: true</c> (Qdrant's way of writing "or null" inside anyOf) accepts null alone. JsonSchema.Net does not
/// restore from this environment's NuGet mirror (its JsonPointer.Net dependency is missing), hence this validator.
/// </summary>
internal sealed class OpenApiSchemaValidator
{
    private static readonly HashSet<string> _annotations = ["description", "default", "example", "examples", "deprecated", "format", "title", "nullable"];
    private readonly JsonElement _root;

    public OpenApiSchemaValidator(JsonElement root) => _root = root;

    public static OpenApiSchemaValidator LoadQdrant()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Qdrant", "openapi-v1.19-rag-subset.json");
        return new OpenApiSchemaValidator(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
    }

    public JsonElement Root => _root;

    /// <summary>The request-body schema of an operation, e.g. ("/collections/{collection_name}/points/query", "post").</summary>
    public JsonElement RequestSchema(string pathTemplate, string method) =>
        _root.GetProperty("paths").GetProperty(pathTemplate).GetProperty(method).GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public JsonElement ResponseSchema(string pathTemplate, string method) =>
        _root.GetProperty("paths").GetProperty(pathTemplate).GetProperty(method).GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public JsonElement Component(string name) => _root.GetProperty("components").GetProperty("schemas").GetProperty(name);

    public IReadOnlyList<string> Validate(JsonNode? value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at, errors);
            return;
        }

        var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean();
        if (value is null)
        {
            if (!nullable && (schema.TryGetProperty("type", out _) || !IsOnlyAnnotations(schema)) && !AllowsNullThroughCombinator(schema))
            {
                errors.Add($"{at}: null is not allowed");
            }

            return;
        }

        if (nullable && IsOnlyAnnotations(schema))
        {
            errors.Add($"{at}: only null is allowed here");
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!, schema))
        {
            errors.Add($"{at}: expected {type.GetString()}, got {value.GetValueKind()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonNode.DeepEquals(JsonNode.Parse(a.GetRawText()), value)))
        {
            errors.Add($"{at}: {value.ToJsonString()} is not one of {allowed.GetRawText()}");
        }

        CheckNumber(value, schema, at, errors);
        CheckCombinators(value, schema, at, errors);

        if (value is JsonObject obj)
        {
            CheckObject(obj, schema, at, errors);
        }
        else if (value is JsonArray array)
        {
            if (schema.TryGetProperty("items", out var items))
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], items, $"{at}[{i}]", errors);
                }
            }

            if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
                && array.Select(a => a?.ToJsonString()).Distinct().Count() != array.Count)
            {
                errors.Add($"{at}: items must be unique");
            }
        }
        else if (value.GetValueKind() == JsonValueKind.String && schema.TryGetProperty("minLength", out var minLength)
            && value.GetValue<string>().Length < minLength.GetInt32())
        {
            errors.Add($"{at}: shorter than {minLength.GetInt32()}");
        }
    }

    private void CheckCombinators(JsonNode value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Validate(value, s).Count == 0))
        {
            errors.Add($"{at}: matches none of anyOf ({Closest(value, anyOf)})");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(s => Validate(value, s).Count == 0);
            if (matches != 1)
            {
                errors.Add($"{at}: matches {matches} of oneOf, expected exactly 1 ({Closest(value, oneOf)})");
            }
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var s in allOf.EnumerateArray())
            {
                Check(value, s, at, errors);
            }
        }
    }

    private void CheckObject(JsonObject obj, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !obj.ContainsKey(r)))
            {
                errors.Add($"{at}: missing required property {name}");
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        foreach (var (name, child) in obj)
        {
            if (hasProperties && properties.TryGetProperty(name, out var propertySchema))
            {
                Check(child, propertySchema, $"{at}.{name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{at}: unexpected property {name}");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(child, additional, $"{at}.{name}", errors);
                }
            }
        }
    }

    private static void CheckNumber(JsonNode value, JsonElement schema, string at, List<string> errors)
    {
        if (value.GetValueKind() != JsonValueKind.Number)
        {
            return;
        }

        var number = value.GetValue<double>();
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format is not null && format.StartsWith("uint", StringComparison.Ordinal) && number < 0)
        {
            errors.Add($"{at}: {number} is negative for {format}");
        }

        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add($"{at}: {number} is below the minimum {minimum.GetDouble()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add($"{at}: {number} is above the maximum {maximum.GetDouble()}");
        }
    }

    private static bool HasType(JsonNode value, string type, JsonElement schema)
    {
        var kind = value.GetValueKind();
        return type switch
        {
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "string" => kind == JsonValueKind.String
                && (!schema.TryGetProperty("format", out var format) || format.GetString() != "uuid" || Guid.TryParse(value.GetValue<string>(), out _)),
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "number" => kind == JsonValueKind.Number,
            "integer" => kind == JsonValueKind.Number && IsInteger(value),
            _ => false,
        };
    }

    private static bool IsInteger(JsonNode value)
    {
        var raw = value.ToJsonString();
        return !raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase)
            || (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d));
    }

    private bool AllowsNullThroughCombinator(JsonElement schema) =>
        schema.TryGetProperty("anyOf", out var anyOf) && anyOf.EnumerateArray().Any(s => Validate(null, s).Count == 0)
        || schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Validate(null, s).Count == 0) == 1;

    private static bool IsOnlyAnnotations(JsonElement schema) =>
        schema.EnumerateObject().All(p => _annotations.Contains(p.Name));

    private string Closest(JsonNode value, JsonElement alternatives)
    {
        var best = alternatives.EnumerateArray().Select(s => Validate(value, s)).OrderBy(e => e.Count).First();
        return string.Join("; ", best.Take(3));
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local references are supported: {reference}");
        }

        var node = _root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }
}
