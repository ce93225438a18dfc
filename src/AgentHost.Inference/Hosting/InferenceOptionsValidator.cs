using AgentHost.Inference.Engine;
using Microsoft.Extensions.Options;

namespace AgentHost.Inference.Hosting;

/// <summary>Checks the Inference section at start, so a wrong setting stops the host with one clear line.</summary>
internal sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.ModelPath) && !File.Exists(options.ModelPath))
        {
            errors.Add($"Inference:ModelPath '{options.ModelPath}' does not exist (leave it empty to serve the demo model).");
        }

        if (!string.IsNullOrWhiteSpace(options.EmbeddingModelPath) && !File.Exists(options.EmbeddingModelPath))
        {
            errors.Add($"Inference:EmbeddingModelPath '{options.EmbeddingModelPath}' does not exist (leave it empty for lexical retrieval only).");
        }

        if (!string.IsNullOrWhiteSpace(options.LibraryDirectory) && !Directory.Exists(options.LibraryDirectory))
        {
            errors.Add($"Inference:LibraryDirectory '{options.LibraryDirectory}' does not exist.");
        }

        if (options.ContextSize < 256)
        {
            errors.Add($"Inference:ContextSize must be at least 256 tokens (got {options.ContextSize}).");
        }

        if (options.BatchSize < 1 || options.BatchSize > options.ContextSize)
        {
            errors.Add($"Inference:BatchSize must be between 1 and ContextSize (got {options.BatchSize}).");
        }

        if (options.MaxSequences is < 1 or > 256)
        {
            errors.Add($"Inference:MaxSequences must be between 1 and 256 (got {options.MaxSequences}).");
        }

        if (options.MaxQueuedRequests < 0)
        {
            errors.Add($"Inference:MaxQueuedRequests must not be negative (got {options.MaxQueuedRequests}).");
        }

        if (options.Threads < 0 || options.BatchThreads < 0)
        {
            errors.Add("Inference:Threads and Inference:BatchThreads must not be negative (0 = automatic).");
        }

        if (options.ExpertsOnCpuLayers < 0)
        {
            errors.Add($"Inference:ExpertsOnCpuLayers must not be negative (got {options.ExpertsOnCpuLayers}).");
        }

        if (!DemoModelFile.TryParseSize(options.DemoModelSize, out _))
        {
            errors.Add($"Inference:DemoModelSize must be 'tiny' or 'small' (got '{options.DemoModelSize}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
