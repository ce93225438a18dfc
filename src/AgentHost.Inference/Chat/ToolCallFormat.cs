using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Chat;

/// <summary>
/// The Hermes/Qwen tool-call format used for bailing2 and chatml models: tool signatures in the system prompt
/// inside <c>&lt;tools&gt;</c>, calls as JSON inside <c>&lt;tool_call&gt;</c>, results inside
/// <c>&lt;tool_response&gt;</c>. llama.cpp's template renderer does not handle tools, so the engine does.
/// </summary>
internal static partial class ToolCallFormat
{
    public const string CallStart = "<tool_call>";
    public const string CallEnd = "</tool_call>";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RenderToolsInstruction(IEnumerable<AIFunctionDeclaration> tools)
    {
        var text = new StringBuilder();
        text.Append("\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n");
        text.Append("You are provided with function signatures within <tools></tools> XML tags:\n<tools>");
        foreach (var tool in tools)
        {
            var signature = new Dictionary<string, object?>
            {
                ["type"] = "function",
                ["function"] = new Dictionary<string, object?>
                {
                    ["name"] = tool.Name,
                    ["description"] = tool.Description,
                    ["parameters"] = tool.JsonSchema,
                },
            };
            text.Append('\n').Append(JsonSerializer.Serialize(signature, Compact));
        }

        text.Append("\n</tools>\n\nFor each function call, return a json object with function name and arguments within ");
        text.Append("<tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>");
        return text.ToString();
    }

    public static string RenderCall(FunctionCallContent call) =>
        $"{CallStart}\n{JsonSerializer.Serialize(new Dictionary<string, object?> { ["name"] = call.Name, ["arguments"] = call.Arguments }, Compact)}\n{CallEnd}";

    public static string RenderResult(FunctionResultContent result)
    {
        var payload = result.Result switch
        {
            null => result.Exception is null ? "null" : JsonSerializer.Serialize(new { error = "The tool failed." }, Compact),
            string s => s,
            JsonElement e => e.GetRawText(),
            var other => JsonSerializer.Serialize(other, Compact),
        };
        return $"<tool_response>\n{payload}\n</tool_response>";
    }

    /// <summary>Splits a model answer into its text (thinking removed) and its tool calls.</summary>
    public static (string Text, IReadOnlyList<FunctionCallContent> Calls) Parse(string output)
    {
        var calls = new List<FunctionCallContent>();
        var text = ThinkBlock().Replace(output, "");
        var visible = new StringBuilder();
        var position = 0;
        while (true)
        {
            var start = text.IndexOf(CallStart, position, StringComparison.Ordinal);
            if (start < 0)
            {
                visible.Append(text, position, text.Length - position);
                break;
            }

            visible.Append(text, position, start - position);
            var end = text.IndexOf(CallEnd, start, StringComparison.Ordinal);
            var body = end < 0 ? text[(start + CallStart.Length)..] : text[(start + CallStart.Length)..end];
            calls.Add(ParseCall(body.Trim(), calls.Count));
            position = end < 0 ? text.Length : end + CallEnd.Length;
        }

        return (visible.ToString().Trim(), calls);
    }

    private static FunctionCallContent ParseCall(string json, int index)
    {
        var callId = $"call_{Guid.NewGuid():N}"[..21] + index;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var name = root.GetProperty("name").GetString() ?? "";
            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("arguments", out var args) && args.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in args.EnumerateObject())
                {
                    arguments[property.Name] = property.Value.Clone();
                }
            }

            return new FunctionCallContent(callId, name, arguments);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new FunctionCallContent(callId, "invalid_tool_call", new Dictionary<string, object?>())
            {
                Exception = new InvalidOperationException("The model's tool call was not valid JSON of the form {\"name\": …, \"arguments\": {…}}.", ex),
            };
        }
    }

    [GeneratedRegex(@"<think>[\s\S]*?(</think>|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ThinkBlock();
}
