using AgentHost.Core;

namespace AgentHost.Inference.Engine;

/// <summary>The llama.cpp libraries could not be found or loaded: a deployment problem, not a request problem.</summary>
public sealed class LlamaLibraryException : AgentHostException
{
    public LlamaLibraryException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    public override int StatusCode => 500;
}
