using AgentHost.Core;

namespace AgentHost.Agents.Storage;

/// <summary>No conversation has the given session id (never created, or forgotten on request).</summary>
public sealed class SessionNotFoundException : AgentHostException
{
    public SessionNotFoundException(string sessionId)
        : base("session_not_found", $"Session '{sessionId}' does not exist.")
    {
        SessionId = sessionId;
    }

    public string SessionId { get; }

    public override int StatusCode => 404;
}
