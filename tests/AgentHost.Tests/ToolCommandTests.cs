using System.CommandLine;
using System.Text.Json;
using AgentHost.Cli;

namespace AgentHost.Tests;

/// <summary><c>agenthost tool</c>: --list, --args and --batch, with errors on stderr / as JSON lines.</summary>
public sealed class ToolCommandTests
{
    [Fact]
    public async Task List_prints_every_tool_with_its_schema()
    {
        var (code, output, error) = await RunAsync(AgentHostCommandLine.Create(), "tool", "--list");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var tools = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(9, tools.Count);
        Assert.Contains(tools, t => t.GetProperty("name").GetString() == "inr_check"
            && t.GetProperty("parameters").GetProperty("properties").TryGetProperty("readings", out _));
    }

    [Fact]
    public async Task List_with_a_name_prints_that_tool_only()
    {
        var (code, output, _) = await RunAsync(AgentHostCommandLine.Create(), "tool", "gad7_score", "--list");

        Assert.Equal(0, code);
        Assert.Equal("gad7_score", Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Args_prints_the_JSON_result()
    {
        var (code, output, error) = await RunAsync(
            AgentHostCommandLine.Create(), "tool", "mid_parental_height", "--args", """{"father_height_cm":175,"mother_height_cm":160}""");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(174.0, result.GetProperty("tanner").GetProperty("male").GetProperty("target_cm").GetDouble());
        Assert.Equal(163.48, result.GetProperty("luo").GetProperty("female").GetProperty("target_cm").GetDouble());
    }

    [Theory]
    [InlineData("""{"sex":"male","age_days":100,"weight_kg":-3}""", "error: weight_kg must be between 0.5 and 250 kg (got -3)")]
    [InlineData("""{"sex":"other","age_days":100,"weight_kg":5}""", "error: sex must be one of \"male\", \"female\"")]
    [InlineData("""{"sex":"male","age_days":9000,"weight_kg":5}""", "error: age_days is beyond the growth tables")]
    [InlineData("""{"sex":"male","age_days":700,"height_cm":850}""", "error: height_cm must be between 30 and 230 cm (got 850); it looks like millimetres")]
    [InlineData("""{"sex":"male","age_days":""", "error: arguments are not valid JSON")]
    public async Task Bad_args_print_a_clear_message_on_stderr_and_exit_2(string args, string message)
    {
        var (code, output, error) = await RunAsync(AgentHostCommandLine.Create(), "tool", "growth_assess", "--args", args);

        Assert.Equal(ToolCommand.InvalidInput, code);
        Assert.Empty(output);
        Assert.StartsWith(message, error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tool_exits_2()
    {
        var (code, _, error) = await RunAsync(AgentHostCommandLine.Create(), "tool", "bmi_calculator", "--args", "{}");

        Assert.Equal(ToolCommand.InvalidInput, code);
        Assert.Contains("unknown tool \"bmi_calculator\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Args_and_batch_together_are_refused()
    {
        var (code, _, error) = await RunAsync(AgentHostCommandLine.Create(), "tool", "gad7_score", "--args", "{}", "--batch");

        Assert.Equal(ToolCommand.InvalidInput, code);
        Assert.Contains("either --args or --batch", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_answers_every_line_in_order_with_errors_as_JSON_lines()
    {
        var input = string.Join('\n',
            """{"sex":"male","age_days":44,"height_cm":50}""",
            """{"sex":"male","age_days":44,"weight_kg":-3}""",
            """not json""",
            string.Empty,
            """{"sex":"female","age_days":1522,"weight_kg":17}""",
            """{"sex":"female","age_days":99999,"weight_kg":17}""",
            """{"sex":"female","age_days":500,"height_cm":780}""") + "\n";
        var root = new RootCommand();
        root.Subcommands.Add(ToolCommand.Create(() => new StringReader(input)));

        var (code, output, error) = await RunAsync(root, "tool", "growth_assess", "--batch");

        Assert.Equal(ToolCommand.SomeLinesFailed, code);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal(-3.29, lines[0].GetProperty("indicators").GetProperty("length_height_for_age").GetProperty("z").GetDouble());
        Assert.Equal("weight_kg must be between 0.5 and 250 kg (got -3)", lines[1].GetProperty("error").GetString());
        Assert.Equal("weight_kg", lines[1].GetProperty("field").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("arguments are not valid JSON", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("empty line", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.24, lines[4].GetProperty("indicators").GetProperty("weight_for_age").GetProperty("z").GetDouble());
        Assert.Equal("age_days", lines[5].GetProperty("field").GetString());
        Assert.Contains("millimetres", lines[6].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_batch_exits_0()
    {
        var input = """
            {"items":[0,0,0,0,0,0,0]}
            {"items":[3,3,3,3,3,3,3]}
            """;
        var root = new RootCommand();
        root.Subcommands.Add(ToolCommand.Create(() => new StringReader(input)));

        var (code, output, _) = await RunAsync(root, "tool", "gad7_score", "--batch");

        Assert.Equal(0, code);
        var totals = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("total").GetInt32());
        Assert.Equal([0, 21], totals);
    }

    [Fact]
    public async Task No_args_and_no_batch_is_an_error()
    {
        var (code, _, error) = await RunAsync(AgentHostCommandLine.Create(), "tool", "gad7_score");

        Assert.Equal(ToolCommand.InvalidInput, code);
        Assert.Contains("--args", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(RootCommand root, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
