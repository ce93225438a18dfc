using AgentHost.Core;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// A GGUF file that cannot be used: missing, not GGUF, truncated, an unsupported version or a malformed index.
/// The message names the file (its name only, never its directory) and what is wrong, never the raw bytes.
/// </summary>
public sealed class GgufFormatException : AgentHostException
{
    public GgufFormatException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>A bad model file is the operator's configuration problem, not the API client's.</summary>
    public override int StatusCode => 500;
}
