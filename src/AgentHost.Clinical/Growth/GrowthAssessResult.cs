namespace AgentHost.Clinical.Growth;

public sealed class GrowthAssessResult
{
    public required GrowthReference Reference { get; init; }

    /// <summary>The table set actually used for this age, e.g. "WHO Growth Reference 2007 (5–19 y)".</summary>
    public required string ReferenceUsed { get; init; }

    public required int AgeDays { get; init; }

    /// <summary>Age in months (30.4375-day months), 2 decimals.</summary>
    public required double AgeMonths { get; init; }

    /// <summary>Length/height after the 0.7 cm lying/standing adjustment, as used for the z-scores and BMI.</summary>
    public double? LengthHeightUsedCm { get; init; }

    public double? BmiKgM2 { get; init; }

    public required GrowthIndicators Indicators { get; init; }

    public required IReadOnlyList<ClinicalFlag> RedFlags { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
