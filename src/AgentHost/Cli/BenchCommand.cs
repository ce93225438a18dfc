using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost bench</c>: measures the engine on a model — prompt processing, single-stream decode and aggregate
/// decode at several concurrency levels — the numbers bench/run.sh compares with llama.cpp's llama-bench.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "GGUF model (default: the small demo model, generated if missing)" };
        var threads = new Option<int>("--threads") { Description = "CPU threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var tokens = new Option<int>("--tokens") { Description = "Tokens generated per request", DefaultValueFactory = _ => 128 };
        var prompt = new Option<int>("--prompt-tokens") { Description = "Prompt length for prompt processing", DefaultValueFactory = _ => 64 };
        var concurrency = new Option<int[]>("--concurrency") { Description = "Concurrency levels", DefaultValueFactory = _ => [1, 4, 8], AllowMultipleArgumentsPerToken = true };
        var repetitions = new Option<int>("--repetitions") { Description = "Runs per measurement (the median is reported)", DefaultValueFactory = _ => 3 };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file" };
        var command = new Command("bench", "Measure the engine: prompt tokens/s, single-stream decode tokens/s, aggregate tokens/s at each concurrency.");
        foreach (var option in new Option[] { model, threads, tokens, prompt, concurrency, repetitions, json })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
            {
                var levels = parse.GetValue(concurrency)!;
                var options = new InferenceOptions
                {
                    ModelPath = parse.GetValue(model),
                    DemoModelSize = "small",
                    Threads = parse.GetValue(threads),
                    MaxSequences = Math.Max(1, levels.Max()),
                    ContextSize = Math.Max(4096, levels.Max() * (parse.GetValue(tokens) + parse.GetValue(prompt) + 64)),
                };
                var path = await DemoModelFile.ResolveAsync(options, cancellationToken).ConfigureAwait(false);
                using var loaded = LlamaModel.Load(path, options, NullLogger.Instance);
                using var engine = InferenceEngine.Start(loaded, options, NullLogger.Instance);
                var runner = new EngineBenchmark(engine, parse.GetValue(tokens), parse.GetValue(prompt), parse.GetValue(repetitions));
                var result = await runner.RunAsync(levels, cancellationToken).ConfigureAwait(false);

                await output.WriteLineAsync($"model {Path.GetFileName(path)} ({loaded.Info.Parameters / 1e6:F0}M params), {options.Threads} threads").ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"prompt processing (pp{result.PromptTokens}): {result.PromptTokensPerSecond:F1} tokens/s")).ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"single-stream decode (tg{result.GeneratedTokens}): {result.DecodeTokensPerSecond:F1} tokens/s")).ConfigureAwait(false);
                foreach (var level in result.Aggregate)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"aggregate at {level.Concurrency} concurrent: {level.TokensPerSecond:F1} tokens/s ({level.DecodeCalls} decode calls)")).ConfigureAwait(false);
                }

                if (parse.GetValue(json) is { } file)
                {
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, BenchJson.Options), cancellationToken).ConfigureAwait(false);
                }

                return 0;
            });
        });
        return command;
    }
}
