namespace AgentHost.Core;

/// <summary>
/// The root of every error AgentHost raises on purpose. <see cref="Exception.Message"/> is written for the person
/// who must act on it (an operator, an agent developer, an API client) and never carries patient text or the
/// message of a lower-level exception; the one error handler shows it as is and maps <see cref="Code"/> and
/// <see cref="StatusCode"/> onto ProblemDetails or an OpenAI-style error.
/// </summary>
public abstract class AgentHostException : Exception
{
    protected AgentHostException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>A stable, machine-readable error code in snake_case, e.g. <c>model_not_found</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status an API answers with for this error.</summary>
    public virtual int StatusCode => 400;
}
