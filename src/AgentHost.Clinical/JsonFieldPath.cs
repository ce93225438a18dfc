using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentHost.Clinical;

/// <summary>Turns a serializer path such as <c>$.readings[1].inr</c> into a field name and an expected type.</summary>
internal static partial class JsonFieldPath
{
    public static ClinicalInputException ToInputException(string? path, JsonElement schema)
    {
        var segments = Split(path);
        if (segments is null || segments.Count == 0)
        {
            return new ClinicalInputException("arguments", "arguments must be a JSON object");
        }

        var field = Format(segments);
        var node = Walk(schema, segments);
        return node is { } expected
            ? new ClinicalInputException(field, $"{field} must be {Describe(expected)}")
            : new ClinicalInputException(field, $"{field} is not a known argument");
    }

    /// <summary>A name safe to echo: a plain identifier, or a placeholder.</summary>
    public static string SafeName(string name) =>
        IdentifierPattern().IsMatch(name) ? name : "(unprintable name)";

    private static List<object>? Split(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            return null;
        }

        var segments = new List<object>();
        foreach (Match match in SegmentPattern().Matches(path[1..]))
        {
            if (match.Groups["index"].Success)
            {
                segments.Add(int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["quoted"].Value;
                segments.Add(SafeName(name));
            }
        }

        return segments;
    }

    private static string Format(List<object> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append((string)segment);
            }
        }

        return builder.ToString();
    }

    private static JsonElement? Walk(JsonElement schema, List<object> segments)
    {
        var node = schema;
        foreach (var segment in segments)
        {
            if (segment is int)
            {
                if (!node.TryGetProperty("items", out node))
                {
                    return null;
                }
            }
            else if (!node.TryGetProperty("properties", out var properties)
                || !properties.TryGetProperty((string)segment, out node))
            {
                return null;
            }
        }

        return node;
    }

    private static string Describe(JsonElement node)
    {
        if (node.TryGetProperty("enum", out var values))
        {
            var names = values.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => $"\"{v.GetString()}\"");
            return $"one of {string.Join(", ", names)}";
        }

        var types = new List<string>();
        if (node.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.Array)
            {
                types.AddRange(type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null"));
            }
            else if (type.ValueKind == JsonValueKind.String)
            {
                types.Add(type.GetString()!);
            }
        }

        var isDate = node.TryGetProperty("format", out var format) && format.GetString() == "date";
        return types.FirstOrDefault() switch
        {
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "string" when isDate => "a date (YYYY-MM-DD)",
            "string" => "a string",
            "array" => "an array",
            "object" => "an object",
            _ => "a valid value",
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex SegmentPattern();
}
