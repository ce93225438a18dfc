using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AgentHost.Clinical;

/// <summary>
/// Binds the JSON contract of a tool (schema, strict argument reading, snake_case result) to its typed
/// <see cref="Evaluate"/>, so every tool validates and reports errors the same way.
/// </summary>
public abstract class ClinicalTool<TRequest, TResult> : IClinicalTool
    where TRequest : class
    where TResult : class
{
    private readonly Lazy<JsonElement> _schema;

    protected ClinicalTool()
    {
        _schema = new Lazy<JsonElement>(CreateSchema);
    }

    public abstract string Name { get; }

    public abstract string Description { get; }

    public JsonElement ArgumentsSchema => _schema.Value;

    /// <summary>Validates the request and computes the result.</summary>
    /// <exception cref="ClinicalInputException">An argument is missing, malformed or implausible.</exception>
    public abstract TResult Evaluate(TRequest request);

    public JsonElement Invoke(JsonElement arguments)
    {
        var request = ClinicalArguments.Read<TRequest>(arguments, ArgumentsSchema);
        return JsonSerializer.SerializeToElement(Evaluate(request), ClinicalJson.Options);
    }

    /// <summary>Adds what the request type cannot express (item counts, score ranges) to the generated schema.</summary>
    protected virtual void RefineSchema(JsonObject schema)
    {
    }

    private JsonElement CreateSchema()
    {
        var options = new AIJsonSchemaCreateOptions
        {
            TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = true },
        };
        var schema = AIJsonUtilities.CreateJsonSchema(
            typeof(TRequest), Description, serializerOptions: ClinicalJson.Options, inferenceOptions: options);
        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        RequiredSchemaProperties.DisallowNull(node);
        RefineSchema(node);
        return JsonSerializer.SerializeToElement(node, ClinicalJson.Options);
    }
}
