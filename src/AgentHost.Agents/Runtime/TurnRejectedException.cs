using AgentHost.Core;

namespace AgentHost.Agents.Runtime;

/// <summary>A turn that cannot be served as asked (unknown agent, message too long, …): the caller's to fix.</summary>
public sealed class TurnRejectedException : AgentHostException
{
    public TurnRejectedException(string code, string message, int statusCode = 400)
        : base(code, message)
    {
        StatusCode = statusCode;
    }

    public override int StatusCode { get; }
}
