namespace AgentHost.Inference.Native;

/// <summary>The llama.cpp build AgentHost is bound to (native/package.json pins it).</summary>
internal static class LlamaVersion
{
    public const string Tag = "node-llama-cpp 3.22.1 / llama.cpp v0.5.0";
}
