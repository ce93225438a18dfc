namespace AgentHost.Endpoints.Widget;

public sealed class CreateSessionRequest
{
    public string? Locale { get; init; }

    /// <summary>The patient's pseudonym in the hospital's systems, when the portal knows it.</summary>
    public string? SubjectId { get; init; }
}
