namespace AgentHost.Inference.Tests;

/// <summary>Locates files of the repository (the fetched llama.cpp headers) from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string LlamaInclude => Path.Combine(Root, "native", "llama", "include");

    public static string GgmlInclude => Path.Combine(Root, "native", "llama", "ggml", "include");

    public static string CpuLibraryDirectory => Path.Combine(AppContext.BaseDirectory, "llama", "cpu");

    public static string QwenVocab => Path.Combine(AppContext.BaseDirectory, "llama", "vocab", "ggml-vocab-qwen2.gguf");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentHost.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AgentHost.sln) was not found above the test folder.");
    }
}
