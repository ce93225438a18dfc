using AgentHost.Core;

namespace AgentHost.Inference.Engine;

/// <summary>A model file could not be loaded: missing, not a GGUF, truncated, or rejected by llama.cpp.</summary>
public sealed class ModelLoadException : AgentHostException
{
    public ModelLoadException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    public override int StatusCode => 500;
}
