using AgentHost.Core;

namespace AgentHost.Hosting;

/// <summary>A widget token that cannot be used: expired, forged, malformed, or for something it does not allow.</summary>
public sealed class WidgetTokenException : AgentHostException
{
    public WidgetTokenException(string code, string message, int statusCode = 401)
        : base(code, message)
    {
        StatusCode = statusCode;
    }

    public override int StatusCode { get; }
}
