using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace AgentHost.Clinical.Tests;

/// <summary>The registry the agent runtime uses: names, schemas, JSON in and out, and the same tools through Semantic Kernel.</summary>
public sealed class ClinicalToolCatalogTests
{
    private static readonly string[] _toolNames =
    [
        "growth_assess", "mid_parental_height", "growth_velocity", "valve_echo_assess", "inr_check",
        "phq_a_score", "gad7_score", "asq_screen", "cssrs_screen",
    ];

    private readonly ClinicalToolCatalog _catalog = ClinicalToolCatalog.CreateDefault();

    [Fact]
    public void Every_tool_is_listed_with_a_description_and_an_object_schema()
    {
        Assert.Equal(_toolNames, _catalog.Tools.Select(t => t.Name));
        foreach (var tool in _catalog.Tools)
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            Assert.Equal("object", tool.ArgumentsSchema.GetProperty("type").GetString());
            Assert.False(tool.ArgumentsSchema.GetProperty("additionalProperties").GetBoolean());
            Assert.All(
                tool.ArgumentsSchema.GetProperty("properties").EnumerateObject(),
                p => Assert.Matches("^[a-z][a-z0-9_]*$", p.Name));
        }
    }

    [Fact]
    public async Task Invoke_returns_a_snake_case_JSON_result()
    {
        var result = await _catalog.InvokeAsync("growth_assess", Json("""{"sex":"male","age_days":44,"height_cm":50}"""));

        var indicator = result.GetProperty("indicators").GetProperty("length_height_for_age");
        Assert.Equal(-3.29, indicator.GetProperty("z").GetDouble());
        Assert.Equal("severe_stunting", indicator.GetProperty("classification").GetString());
        Assert.False(result.GetProperty("indicators").TryGetProperty("weight_for_age", out _));
        Assert.Equal("short_stature", result.GetProperty("red_flags")[0].GetProperty("code").GetString());
        Assert.Contains("WHO Child Growth Standards 2006", result.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_tool_answers_a_minimal_valid_request()
    {
        var requests = new Dictionary<string, string>
        {
            ["growth_assess"] = """{"sex":"female","birth_date":"2020-01-01","measure_date":"2021-06-01","weight_kg":10,"height_cm":80,"head_circumference_cm":46}""",
            ["mid_parental_height"] = """{"father_height_cm":175,"mother_height_cm":160}""",
            ["growth_velocity"] = """{"birth_date":"2015-01-01","measurements":[{"date":"2021-01-01","height_cm":110},{"date":"2022-01-01","height_cm":116}]}""",
            ["valve_echo_assess"] = """{"lesion":"as","vmax_m_s":3.2}""",
            ["inr_check"] = """{"position":"aortic","prosthesis_model":"on_x","readings":[{"date":"2025-01-01","inr":2.4}]}""",
            ["phq_a_score"] = """{"items":[1,1,1,1,1,1,1,1,0]}""",
            ["gad7_score"] = """{"items":[1,1,1,1,1,1,1]}""",
            ["asq_screen"] = """{"q1":false,"q2":false,"q3":false,"q4":false}""",
            ["cssrs_screen"] = """{"q1":false,"q2":false,"q6":false}""",
        };

        // Tools that use a number CLINICAL.md marks [M] (from memory) must say so in their citation.
        string[] usesMemoryItems = ["growth_assess", "mid_parental_height", "growth_velocity", "valve_echo_assess", "inr_check", "gad7_score"];
        foreach (var (name, args) in requests)
        {
            var result = await _catalog.InvokeAsync(name, Json(args));
            var citation = result.GetProperty("citation").GetString();
            Assert.False(string.IsNullOrWhiteSpace(citation), name);
            if (usesMemoryItems.Contains(name))
            {
                Assert.Contains("verify against the guideline before clinical use", citation, StringComparison.Ordinal);
            }
        }

        Assert.Equal(_toolNames.Order(), requests.Keys.Order());
    }

    [Fact]
    public async Task Enum_values_are_read_case_insensitively()
    {
        var result = await _catalog.InvokeAsync("valve_echo_assess", Json("""{"lesion":"AS","vmax_m_s":4.2}"""));

        Assert.Equal("as", result.GetProperty("lesion").GetString());
        Assert.Equal("severe", result.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task An_unknown_tool_is_named()
    {
        var ex = await Assert.ThrowsAsync<UnknownClinicalToolException>(() => _catalog.InvokeAsync("bmi", Json("{}")).AsTask());

        Assert.Equal("unknown_tool", ex.Code);
        Assert.Contains("growth_assess", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Semantic_Kernel_plugins_expose_the_same_functions_and_argument_names()
    {
        var functions = ClinicalToolCatalog.CreateKernelPlugins().SelectMany(p => p).ToList();

        Assert.Equal(_toolNames.Order(), functions.Select(f => f.Name).Order());
        foreach (var function in functions)
        {
            var schema = _catalog.Get(function.Name).ArgumentsSchema;
            var catalogNames = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
            var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString());
            Assert.Equal(catalogNames.Order(), function.Metadata.Parameters.Select(p => p.Name).Order());
            Assert.Equal(required.Order(), function.Metadata.Parameters.Where(p => p.IsRequired).Select(p => p.Name).Order());
            Assert.False(string.IsNullOrWhiteSpace(function.Description));
            Assert.All(function.Metadata.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        }
    }

    [Fact]
    public async Task The_AI_functions_run_the_same_tools()
    {
        var function = ClinicalToolCatalog.CreateAIFunctions().Single(f => f.Name.EndsWith("mid_parental_height", StringComparison.Ordinal));
        var arguments = new AIFunctionArguments
        {
            ["father_height_cm"] = Json("175"),
            ["mother_height_cm"] = Json("160"),
        };

        var result = await function.InvokeAsync(arguments);

        var json = JsonSerializer.SerializeToElement(result, ClinicalJson.Options);
        var element = json.ValueKind == JsonValueKind.String ? Json(json.GetString()!) : json;
        Assert.Equal(176.64, element.GetProperty("luo").GetProperty("male").GetProperty("target_cm").GetDouble());
    }

    [Fact]
    public async Task A_kernel_function_reports_bad_input_with_the_field_name()
    {
        var kernel = new Kernel();
        var function = ClinicalToolCatalog.CreateKernelPlugins()[0]["growth_assess"];

        var ex = await Assert.ThrowsAsync<ClinicalInputException>(() =>
            function.InvokeAsync(kernel, new KernelArguments { ["sex"] = "male", ["age_days"] = 100, ["weight_kg"] = -3.0 }));

        Assert.Equal("weight_kg", ex.Field);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
