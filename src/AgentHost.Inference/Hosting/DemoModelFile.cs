using AgentHost.Inference.Engine;
using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Hosting;

/// <summary>
/// Decides which model file the host serves: the configured one, or the random-weight demo model, generated into
/// <see cref="InferenceOptions.DemoModelDirectory"/> on first run (deterministic, so it is made once).
/// </summary>
public static class DemoModelFile
{
    public const int Seed = 42;

    public static bool TryParseSize(string? value, out DemoModelSize size)
    {
        size = DemoModelSize.Tiny;
        if (string.Equals(value, "tiny", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "small", StringComparison.OrdinalIgnoreCase))
        {
            size = DemoModelSize.Small;
            return true;
        }

        return false;
    }

    /// <summary>The path of the model to load, generating the demo model when none is configured.</summary>
    public static async Task<string> ResolveAsync(InferenceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ModelPath))
        {
            return options.ModelPath;
        }

        TryParseSize(options.DemoModelSize, out var size);
        var directory = Path.GetFullPath(options.DemoModelDirectory);
        var path = Path.Combine(directory, $"agenthost-demo-{size.ToString().ToLowerInvariant()}-seed{Seed}.gguf");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        await DemoModelGenerator.WriteAsync(size, temp, Seed, cancellationToken: cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
