using AgentHost.Core;

namespace AgentHost.Endpoints;

/// <summary>What a stream that already began says when its turn fails: the safe message of a known error, else a generic one.</summary>
internal static class StreamFailures
{
    public static (string Code, string Message) Describe(Exception exception, HttpContext context) => exception switch
    {
        AgentHostException known => (known.Code, known.Message),
        _ => ("internal_error", $"The server could not complete the answer (trace {context.TraceIdentifier})."),
    };
}
