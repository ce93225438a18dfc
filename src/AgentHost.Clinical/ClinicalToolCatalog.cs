using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentHost.Clinical.Growth;
using AgentHost.Clinical.MentalHealth;
using AgentHost.Clinical.Valve;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace AgentHost.Clinical;

/// <summary>
/// Every clinical tool by name, with its description and argument schema, callable with JSON arguments. The
/// agent runtime and the <c>agenthost tool</c> command use this; Semantic Kernel users take the plugins.
/// </summary>
public sealed class ClinicalToolCatalog
{
    private readonly Dictionary<string, IClinicalTool> _byName;

    public ClinicalToolCatalog(IEnumerable<IClinicalTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        Tools = tools.ToList();
        _byName = Tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<IClinicalTool> Tools { get; }

    public static ClinicalToolCatalog CreateDefault() => new(
    [
        new GrowthAssessTool(),
        new MidParentalHeightTool(),
        new GrowthVelocityTool(),
        new ValveEchoAssessTool(),
        new InrCheckTool(),
        new PhqAScoreTool(),
        new Gad7ScoreTool(),
        new AsqScreenTool(),
        new CssrsScreenTool(),
    ]);

    /// <summary>The same tools as Semantic Kernel plugins: "growth", "valve" and "mental_health".</summary>
    public static IReadOnlyList<KernelPlugin> CreateKernelPlugins() =>
    [
        KernelPluginFactory.CreateFromObject(new GrowthPlugin(), ClinicalJson.Options, "growth"),
        KernelPluginFactory.CreateFromObject(new ValvePlugin(), ClinicalJson.Options, "valve"),
        KernelPluginFactory.CreateFromObject(new MentalHealthPlugin(), ClinicalJson.Options, "mental_health"),
    ];

    /// <summary>
    /// The same tools as Microsoft.Extensions.AI functions (for an <see cref="IChatClient"/> tool loop), under their
    /// plain names (growth_assess, …) — the names agent packages list and the model is shown.
    /// </summary>
    public static IReadOnlyList<AIFunction> CreateAIFunctions() =>
        CreateKernelPlugins()
            .SelectMany(plugin => plugin.Select(function => (AIFunction)new PlainNamedFunction(function, function.Metadata.Name)))
            .ToList();

    public bool TryGet(string name, [NotNullWhen(true)] out IClinicalTool? tool) => _byName.TryGetValue(name, out tool);

    /// <exception cref="UnknownClinicalToolException">No tool has this name.</exception>
    public IClinicalTool Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var tool)
            ? tool
            : throw new UnknownClinicalToolException(
                $"unknown tool \"{JsonFieldPath.SafeName(name)}\"; the tools are: {string.Join(", ", _byName.Keys)}");
    }

    /// <summary>Runs a tool on JSON arguments and returns its JSON result.</summary>
    /// <exception cref="UnknownClinicalToolException">No tool has this name.</exception>
    /// <exception cref="ClinicalInputException">An argument is missing, malformed or implausible.</exception>
    public ValueTask<JsonElement> InvokeAsync(string name, JsonElement arguments, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Get(name).Invoke(arguments));
    }

    /// <summary>Parses argument text (a command line, a batch line) into JSON, or names the position of the syntax error.</summary>
    /// <exception cref="ClinicalInputException">The text is not valid JSON.</exception>
    public static JsonElement ParseArguments(string json) => ClinicalArguments.Parse(json);

    /// <summary>Name, description and argument schema of every tool, as a JSON array.</summary>
    public JsonElement Describe() => JsonSerializer.SerializeToElement(
        new JsonArray(Tools.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name,
            ["description"] = t.Description,
            ["parameters"] = JsonNode.Parse(t.ArgumentsSchema.GetRawText()),
        }).ToArray()),
        ClinicalJson.Options);
}
