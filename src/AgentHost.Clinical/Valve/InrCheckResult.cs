namespace AgentHost.Clinical.Valve;

public sealed class InrCheckResult
{
    public required Thrombogenicity Thrombogenicity { get; init; }

    /// <summary>Patient risk factors found (ESC Table 10 and ACC/AHA), as snake_case codes.</summary>
    public required IReadOnlyList<string> RiskFactors { get; init; }

    public required InrTargets Targets { get; init; }

    public required InrGuideline GuidelineApplied { get; init; }

    public required InrReadingStatus Latest { get; init; }

    /// <summary>Every reading, oldest first, judged against the applied range.</summary>
    public required IReadOnlyList<InrReadingStatus> Readings { get; init; }

    public required InrActionLevel ActionLevel { get; init; }

    /// <summary>True when the anticoagulation clinic should be reached the same day.</summary>
    public required bool SameDay { get; init; }

    /// <summary>Why the action level was chosen.</summary>
    public required IReadOnlyList<ClinicalFlag> Reasons { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
