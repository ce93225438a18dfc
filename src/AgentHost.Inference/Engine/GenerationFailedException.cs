using AgentHost.Core;

namespace AgentHost.Inference.Engine;

/// <summary>The engine could not finish a request (llama.cpp reported a decode failure); other requests go on.</summary>
public sealed class GenerationFailedException : AgentHostException
{
    public GenerationFailedException(string code, string message)
        : base(code, message)
    {
    }

    public override int StatusCode => 500;
}
