using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AgentHost.Inference.Chat;

/// <summary>
/// Builds the GBNF grammar of a tool call from the tools' JSON schemas: <c>&lt;tool_call&gt;{"name": …,
/// "arguments": {…}}&lt;/tool_call&gt;</c> where the name is one of the offered tools and the arguments follow that
/// tool's schema (required properties first, in schema order, then optional ones; enums, dates, bounded numbers
/// and strings), so even a weak model emits a call that parses. The runtime still validates the arguments.
/// </summary>
internal sealed class ToolGrammarBuilder
{
    private const string Primitives = """
        ws ::= [ \t\n]{0,4}
        jstr ::= "\"" [^"\\\x7F\x00-\x1F]{0,120} "\""
        jnum ::= "-"? [0-9]{1,7} ("." [0-9]{1,4})?
        jint ::= "-"? [0-9]{1,7}
        jbool ::= "true" | "false"
        jdate ::= "\"" [0-9]{4} "-" [0-9]{2} "-" [0-9]{2} "\""
        jval ::= jstr | jnum | jbool | "null" | jarr | jobj
        jarr ::= "[" ws ( jval ( ws "," ws jval ){0,15} )? ws "]"
        jobj ::= "{" ws ( jstr ws ":" ws jval ( ws "," ws jstr ws ":" ws jval ){0,15} )? ws "}"
        """;

    private readonly StringBuilder _rules = new();
    private int _next;

    public static string Build(IReadOnlyList<(string Name, JsonElement Schema)> tools)
    {
        ArgumentOutOfRangeException.ThrowIfZero(tools.Count);
        var builder = new ToolGrammarBuilder();
        var calls = new List<string>();
        foreach (var (name, schema) in tools)
        {
            var arguments = builder.Rule(schema, depth: 0);
            var call = builder.Define(
                $"\"{{\" ws \"\\\"name\\\"\" ws \":\" ws {Literal(JsonSerializer.Serialize(name))} ws \",\" ws \"\\\"arguments\\\"\" ws \":\" ws {arguments} ws \"}}\"");
            calls.Add(call);
        }

        var root = $"root ::= \"<tool_call>\" ws ( {string.Join(" | ", calls)} ) ws \"</tool_call>\"\n";
        return root + builder._rules + Primitives + "\n";
    }

    private string Rule(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 4)
        {
            return "jval";
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            return Define(string.Join(" | ", values.EnumerateArray().Select(v => Literal(v.GetRawText()))));
        }

        return TypeOf(schema) switch
        {
            "object" when schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                => ObjectRule(schema, properties, depth),
            "object" => "jobj",
            "array" => Define($"\"[\" ws ( {Items(schema, depth)} ( ws \",\" ws {Items(schema, depth)} ){{0,15}} )? ws \"]\""),
            "string" when schema.TryGetProperty("format", out var format) && format.GetString() == "date" => "jdate",
            "string" => "jstr",
            "integer" => "jint",
            "number" => "jnum",
            "boolean" => "jbool",
            _ => "jval",
        };
    }

    private string Items(JsonElement schema, int depth) =>
        schema.TryGetProperty("items", out var items) ? Rule(items, depth + 1) : "jval";

    private string ObjectRule(JsonElement schema, JsonElement properties, int depth)
    {
        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var members = properties.EnumerateObject()
            .Select(p => (p.Name, Pair: $"{Literal(JsonSerializer.Serialize(p.Name))} ws \":\" ws {Rule(p.Value, depth + 1)}"))
            .ToList();
        var mandatory = members.Where(m => required.Contains(m.Name)).Select(m => m.Pair).ToList();
        var optional = members.Where(m => !required.Contains(m.Name)).Select(m => m.Pair).ToList();

        string body;
        if (mandatory.Count > 0)
        {
            body = string.Join(" ws \",\" ws ", mandatory) + string.Concat(optional.Select(o => $" ( ws \",\" ws {o} )?"));
        }
        else if (optional.Count > 0)
        {
            var any = Define(string.Join(" | ", optional));
            body = $"( {any} ( ws \",\" ws {any} ){{0,{optional.Count - 1}}} )?";
        }
        else
        {
            body = "";
        }

        return Define($"\"{{\" ws {body} ws \"}}\"");
    }

    private string Define(string expression)
    {
        var name = "r" + _next++.ToString(CultureInfo.InvariantCulture);
        _rules.Append(name).Append(" ::= ").Append(expression).Append('\n');
        return name;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => type.GetString()!,
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "any",
            _ => "any",
        };
    }

    /// <summary>A GBNF string literal matching exactly <paramref name="text"/>.</summary>
    private static string Literal(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
