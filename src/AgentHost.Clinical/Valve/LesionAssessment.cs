namespace AgentHost.Clinical.Valve;

/// <summary>What a lesion grader concluded, before it becomes a <see cref="ValveEchoResult"/>.</summary>
internal sealed record LesionAssessment(
    ValveSeverity Severity,
    string? Stage,
    List<string> Criteria,
    SurveillanceInterval? Surveillance,
    List<ClinicalFlag> Triggers,
    List<string> Notes);
