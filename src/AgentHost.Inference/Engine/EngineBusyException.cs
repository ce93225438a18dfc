using AgentHost.Core;

namespace AgentHost.Inference.Engine;

/// <summary>The admission queue is full: the caller should retry later (HTTP 503 with Retry-After).</summary>
public sealed class EngineBusyException : AgentHostException
{
    public EngineBusyException(TimeSpan retryAfter)
        : base("engine_busy", "The model is serving as many requests as it can queue; retry shortly.")
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }

    public override int StatusCode => 503;
}
