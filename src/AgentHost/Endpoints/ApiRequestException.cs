using AgentHost.Core;

namespace AgentHost.Endpoints;

/// <summary>A request the API refuses as sent (malformed JSON, a missing field, a message too long, …).</summary>
public sealed class ApiRequestException : AgentHostException
{
    public ApiRequestException(string code, string message, int statusCode = 400)
        : base(code, message)
    {
        StatusCode = statusCode;
    }

    public override int StatusCode { get; }
}
