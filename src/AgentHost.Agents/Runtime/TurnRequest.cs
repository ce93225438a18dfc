namespace AgentHost.Agents.Runtime;

/// <summary>One user message to an agent, in a session (a new one when <see cref="SessionId"/> is null).</summary>
public sealed record TurnRequest(string AgentId, string Message)
{
    public string? SessionId { get; init; }

    public string? SubjectId { get; init; }

    public string? Locale { get; init; }

    /// <summary>What the host knows of the patient (age, recent measurements), filled into {{patient_context}}.</summary>
    public string? PatientContext { get; init; }

    /// <summary>Forces a call of this tool first (required-tool mode: evaluation and tests of tool plumbing).</summary>
    public string? RequiredTool { get; init; }
}
