using AgentHost.Inference.Gguf;

namespace AgentHost.Tests;

/// <summary>A tiny demo model written once into the test output folder for the commands that load a model.</summary>
internal static class TinyModelFile
{
    private static readonly Lazy<string> PathOnce = new(() =>
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "models", "tiny-cli.gguf");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, path).GetAwaiter().GetResult();
        }

        return path;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => PathOnce.Value;
}
