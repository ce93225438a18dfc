using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests;

/// <summary>
/// The generated tiny demo model (random weights, real bailingmoe2 architecture, real qwen2 tokenizer), written
/// once per build of the generator into the test output folder and shared by the test classes.
/// </summary>
internal static class TinyModel
{
    private static readonly Lazy<string> PathOnce = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => PathOnce.Value;

    private static string Create()
    {
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "models");
        Directory.CreateDirectory(directory);
        var build = typeof(DemoModelGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var path = System.IO.Path.Combine(directory, $"tiny-seed42-{build}.gguf");
        if (File.Exists(path))
        {
            return path;
        }

        foreach (var stale in Directory.EnumerateFiles(directory, "tiny-seed42-*.gguf"))
        {
            File.Delete(stale);
        }

        var temp = path + ".tmp";
        DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, temp, seed: 42).GetAwaiter().GetResult();
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
