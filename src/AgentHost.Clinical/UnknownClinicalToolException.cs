using AgentHost.Core;

namespace AgentHost.Clinical;

/// <summary>No clinical tool has the requested name.</summary>
public sealed class UnknownClinicalToolException : AgentHostException
{
    public UnknownClinicalToolException(string message)
        : base("unknown_tool", message)
    {
    }

    public override int StatusCode => 404;
}
