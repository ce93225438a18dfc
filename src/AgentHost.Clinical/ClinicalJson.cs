using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AgentHost.Clinical;

/// <summary>The one JSON contract of every clinical tool: snake_case names and enum values, nulls left out.</summary>
public static class ClinicalJson
{
    private static readonly Lazy<JsonSerializerOptions> _options = new(CreateOptions);

    public static JsonSerializerOptions Options => _options.Value;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            // Results are read by people (CLI, clinicians) and models, and citations name Chinese standards and use
            // ±, < and >; escaping them hurts readability. Nothing here is inlined into HTML: a page must encode it.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
