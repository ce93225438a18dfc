using System.CommandLine;
using System.Globalization;

namespace AgentHost.Cli;

/// <summary>Command-line options that override the Inference configuration section for one run.</summary>
internal sealed class EngineOverrides
{
    public Option<string?> Model { get; } = new("--model") { Description = "GGUF model file (default: Inference:ModelPath, else the generated demo model)" };

    public Option<int?> Threads { get; } = new("--threads") { Description = "CPU threads for decoding (default: one per processor)" };

    public Option<int?> MaxSequences { get; } = new("--max-sequences") { Description = "Most requests generating at once" };

    public Option<int?> ContextSize { get; } = new("--context") { Description = "KV-cache cells shared by all sequences" };

    public void AddTo(Command command)
    {
        command.Options.Add(Model);
        command.Options.Add(Threads);
        command.Options.Add(MaxSequences);
        command.Options.Add(ContextSize);
    }

    /// <summary>The overrides as configuration keys, for an in-memory configuration source.</summary>
    public Dictionary<string, string?> Read(ParseResult parse)
    {
        var values = new Dictionary<string, string?>();
        if (parse.GetValue(Model) is { } model)
        {
            values["Inference:ModelPath"] = Path.GetFullPath(model);
        }

        Add(values, "Inference:Threads", parse.GetValue(Threads));
        Add(values, "Inference:MaxSequences", parse.GetValue(MaxSequences));
        Add(values, "Inference:ContextSize", parse.GetValue(ContextSize));
        return values;
    }

    private static void Add(Dictionary<string, string?> values, string key, int? value)
    {
        if (value is { } v)
        {
            values[key] = v.ToString(CultureInfo.InvariantCulture);
        }
    }
}
