using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgentHost.Core;
using AgentHost.Inference.Gguf;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost models inspect &lt;gguf&gt;</c>: what a GGUF model is and how to place it on a GPU;
/// <c>agenthost models demo</c>: writes the random-weight demo model.
/// </summary>
internal static class ModelsCommand
{
    private const int DefaultContextLength = 8192;

    private static readonly JsonSerializerOptions _json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command Create()
    {
        var command = new Command("models", "Inspect GGUF models and write the random-weight demo model.");
        command.Subcommands.Add(CreateInspect());
        command.Subcommands.Add(CreateDemo());
        return command;
    }

    private static Command CreateInspect()
    {
        var file = new Argument<string>("gguf") { Description = "The GGUF model file." };
        var gpuMemory = new Option<double?>("--gpu-memory-gib")
        {
            Description = "GPU memory in GiB: recommend n_gpu_layers and which layers' experts stay in CPU RAM.",
        };
        gpuMemory.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is <= 0)
            {
                result.AddError("--gpu-memory-gib must be greater than 0.");
            }
        });
        var context = new Option<int>("--context")
        {
            Description = "Context length (tokens) to size the KV cache for.",
            DefaultValueFactory = _ => DefaultContextLength,
        };
        context.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--context must be greater than 0.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };

        var command = new Command("inspect", "Show a GGUF model's architecture, size, experts, chat template and quantization.")
        {
            file, gpuMemory, context, json,
        };
        command.SetAction((parseResult, cancellationToken) => RunGuardedAsync(parseResult, output =>
        {
            var summary = ModelInspector.Inspect(parseResult.GetValue(file)!, cancellationToken);
            var placement = parseResult.GetValue(gpuMemory) is { } gib
                ? ModelInspector.RecommendPlacement(summary, gib, parseResult.GetValue(context))
                : null;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { model = summary, placement }, _json));
            }
            else
            {
                WriteText(output, summary, placement);
            }

            return Task.CompletedTask;
        }));
        return command;
    }

    private static Command CreateDemo()
    {
        var size = new Option<string>("--size")
        {
            Description = "tiny (about 27 MB, for tests) or small (about 1 B parameters, for benchmarks).",
            Required = true,
        };
        size.AcceptOnlyFromAmong("tiny", "small");
        var output = new Option<string>("--out") { Description = "The GGUF file to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seeds the weights; the same seed writes the same bytes.", DefaultValueFactory = _ => 42 };
        var vocab = new Option<string?>("--vocab") { Description = "llama.cpp's ggml-vocab-qwen2.gguf, when not found next to AgentHost." };

        var command = new Command("demo", "Write the random-weight bailingmoe2 demo model (real tokenizer and chat template).")
        {
            size, output, seed, vocab,
        };
        command.SetAction((parseResult, cancellationToken) => RunGuardedAsync(parseResult, async writer =>
        {
            var stopwatch = Stopwatch.StartNew();
            var modelSize = parseResult.GetValue(size) == "small" ? DemoModelSize.Small : DemoModelSize.Tiny;
            var model = await DemoModelGenerator.WriteAsync(
                modelSize, parseResult.GetValue(output)!, parseResult.GetValue(seed), parseResult.GetValue(vocab), cancellationToken).ConfigureAwait(false);
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {model.Path}: {DemoModelGenerator.Architecture} demo model ({modelSize.ToString().ToLowerInvariant()}, seed {model.Seed}), "
                + $"{Count(model.TotalParameters)} parameters ({Count(model.ActiveParameters)} active), vocabulary {model.VocabularySize}, "
                + $"end-of-generation token {model.EndOfGenerationTokenId}, {Size(model.FileSize)} in {stopwatch.Elapsed.TotalSeconds:F1} s."));
        }));
        return command;
    }

    /// <summary>Runs a subcommand; an expected failure (bad file, unwritable path) is one line on stderr and exit code 1.</summary>
    private static async Task<int> RunGuardedAsync(ParseResult parseResult, Func<TextWriter, Task> run)
    {
        var configuration = parseResult.InvocationConfiguration;
        try
        {
            await run(configuration.Output).ConfigureAwait(false);
            return 0;
        }
        catch (AgentHostException e)
        {
            await configuration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await configuration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static void WriteText(TextWriter output, ModelSummary model, GpuPlacement? placement)
    {
        void Line(string label, string value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-16}{value}"));

        Line("File", $"{model.FileName} ({Size(model.FileSize)})");
        if (model.Name is not null)
        {
            Line("Name", model.Name);
        }

        if (model.IsDemo)
        {
            Line("Demo model", $"yes: random weights, not a language model (size {model.DemoSize ?? "?"}, seed {model.DemoSeed?.ToString(CultureInfo.InvariantCulture) ?? "?"})");
        }

        Line("Architecture", model.Architecture);
        Line("Parameters", Count(model.ParameterCount));
        Line("Layers", model.NextNLayerCount > 0 ? $"{model.LayerCount} (+{model.NextNLayerCount} multi-token-prediction, not loaded)" : $"{model.LayerCount}");
        Line("Context length", model.ContextLength?.ToString(CultureInfo.InvariantCulture) ?? "?");
        Line("Embedding", model.EmbeddingLength?.ToString(CultureInfo.InvariantCulture) ?? "?");
        Line("Attention", $"{model.HeadCount} heads, {model.KvHeadCount} KV heads, head size {model.KeyLength}");
        Line("Experts", model.IsMixtureOfExperts
            ? $"{model.ExpertCount} routed ({model.ExpertUsedCount} per token) + {model.SharedExpertCount} shared"
            : "none (dense)");
        Line("Vocabulary", model.VocabularySize?.ToString(CultureInfo.InvariantCulture) ?? "?");
        Line("Chat template", model.ChatTemplateFamily);
        Line("Quantization", model.FileTypeName is null ? "not stated" : $"{model.FileTypeName} (general.file_type {model.FileType})");
        Line("Tensor types", string.Join(", ", model.TensorTypes.Select(t => $"{t.TypeName} {t.TensorCount} x {Size(t.ByteSize)}")));
        Line("KV cache", $"{Size(model.KvCacheBytesPerToken)} per token (F16)");

        if (placement is null)
        {
            return;
        }

        Line("GPU placement", $"{placement.GpuMemoryGiB.ToString(CultureInfo.InvariantCulture)} GiB, {placement.ContextLength}-token context: {placement.Summary}");
        Line("  n_gpu_layers", placement.GpuLayers.ToString(CultureInfo.InvariantCulture));
        Line("  CPU experts", placement.CpuExpertLayers == 0
            ? "none"
            : $"layers 0-{placement.CpuExpertLayers - 1} (tensor_buft_overrides: {GpuPlacement.ExpertPattern(0)} ... {GpuPlacement.ExpertPattern(placement.CpuExpertLayers - 1)} -> CPU)");
        if (placement.Kind != PlacementKind.DoesNotFit)
        {
            Line("  estimate", $"weights {Size(placement.WeightBytes)} + KV cache {Size(placement.KvCacheBytes)} + reserve {Size(placement.ReservedBytes)} = {Size(placement.TotalBytes)}");
        }
    }

    private static string Count(long count) => count switch
    {
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{count / 1e9:F2} B"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{count / 1e6:F2} M"),
        _ => count.ToString(CultureInfo.InvariantCulture),
    };

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):F2} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):F2} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
