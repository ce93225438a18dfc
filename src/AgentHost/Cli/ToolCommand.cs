using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentHost.Clinical;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost tool</c>: runs a deterministic clinical tool from the command line, one request (<c>--args</c>) or a
/// file of requests (<c>--batch</c>, one JSON object per line on stdin), so a hospital can check a tool against its
/// own reference values.
/// </summary>
internal static class ToolCommand
{
    /// <summary>Exit code for unusable input (bad JSON, bad arguments, unknown tool).</summary>
    public const int InvalidInput = 2;

    /// <summary>Exit code of a batch in which at least one line failed (every line is still processed).</summary>
    public const int SomeLinesFailed = 1;

    private static readonly JsonSerializerOptions _indented = new(ClinicalJson.Options) { WriteIndented = true };

    public static Command Create(Func<TextReader>? stdin = null)
    {
        var readStdin = stdin ?? (() => Console.In);
        var name = new Argument<string?>("name")
        {
            Description = "Tool name, e.g. growth_assess (see --list).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var args = new Option<string?>("--args") { Description = "The tool's arguments as one JSON object." };
        var batch = new Option<bool>("--batch") { Description = "Read one JSON arguments object per line from stdin; write one JSON result per line." };
        var list = new Option<bool>("--list") { Description = "Print every tool's name, description and argument schema." };

        var command = new Command("tool", "Run a deterministic clinical tool (growth, heart valve, mental-health screening) on JSON arguments.");
        command.Arguments.Add(name);
        command.Options.Add(args);
        command.Options.Add(batch);
        command.Options.Add(list);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var catalog = ClinicalToolCatalog.CreateDefault();
            var toolName = parseResult.GetValue(name);
            var argsText = parseResult.GetValue(args);
            var isBatch = parseResult.GetValue(batch);

            if (parseResult.GetValue(list))
            {
                return List(catalog, toolName, output, error);
            }

            if (string.IsNullOrWhiteSpace(toolName))
            {
                return Fail(error, "give a tool name (see agenthost tool --list)");
            }

            IClinicalTool tool;
            try
            {
                tool = catalog.Get(toolName);
            }
            catch (UnknownClinicalToolException ex)
            {
                return Fail(error, ex.Message);
            }

            return (argsText, isBatch) switch
            {
                (not null, true) => Fail(error, "give either --args or --batch, not both"),
                (not null, false) => RunOnce(tool, argsText, output, error),
                (null, true) => RunBatch(tool, readStdin(), output),
                _ => Fail(error, "give --args '<json>' or --batch (JSON lines on stdin)"),
            };
        });
        return command;
    }

    private static int List(ClinicalToolCatalog catalog, string? toolName, TextWriter output, TextWriter error)
    {
        var tools = catalog.Describe().EnumerateArray().ToList();
        if (!string.IsNullOrWhiteSpace(toolName))
        {
            try
            {
                var tool = catalog.Get(toolName);
                tools = tools.Where(t => t.GetProperty("name").GetString() == tool.Name).ToList();
            }
            catch (UnknownClinicalToolException ex)
            {
                return Fail(error, ex.Message);
            }
        }

        output.WriteLine(JsonSerializer.Serialize(tools, _indented));
        return 0;
    }

    private static int RunOnce(IClinicalTool tool, string argsText, TextWriter output, TextWriter error)
    {
        try
        {
            var result = tool.Invoke(ClinicalToolCatalog.ParseArguments(argsText));
            output.WriteLine(JsonSerializer.Serialize(result, _indented));
            return 0;
        }
        catch (ClinicalInputException ex)
        {
            return Fail(error, ex.Message);
        }
    }

    private static int RunBatch(IClinicalTool tool, TextReader input, TextWriter output)
    {
        var failed = false;
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            string json;
            try
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    throw new ClinicalInputException("arguments", "empty line: each line must be one JSON arguments object");
                }

                json = JsonSerializer.Serialize(tool.Invoke(ClinicalToolCatalog.ParseArguments(line)), ClinicalJson.Options);
            }
            catch (ClinicalInputException ex)
            {
                failed = true;
                json = ErrorLine(ex.Message, ex.Field, lineNumber);
            }
#pragma warning disable CA1031 // A batch must answer every line; one unexpected failure must not stop the rest.
            catch (Exception)
#pragma warning restore CA1031
            {
                failed = true;
                json = ErrorLine("internal error while evaluating this line", null, lineNumber);
            }

            output.WriteLine(json);
        }

        return failed ? SomeLinesFailed : 0;
    }

    private static string ErrorLine(string message, string? field, int lineNumber)
    {
        var line = new JsonObject { ["error"] = message };
        if (field is not null)
        {
            line["field"] = field;
        }

        line["line"] = lineNumber;
        return line.ToJsonString(ClinicalJson.Options);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return InvalidInput;
    }
}
