namespace AgentHost.Clinical.Growth;

public sealed class GrowthVelocityResult
{
    public required IReadOnlyList<VelocityInterval> Intervals { get; init; }

    /// <summary>First to last measurement: the velocity the red flag is judged on.</summary>
    public required VelocityInterval Overall { get; init; }

    public required double AgeAtMidpointYears { get; init; }

    public required VelocityAgeBand AgeBand { get; init; }

    /// <summary>Velocity below this (cm/year) is a red flag for the age band.</summary>
    public required double ThresholdCmPerYear { get; init; }

    /// <summary>False when the measurements span less than 6 months: too short to judge velocity.</summary>
    public required bool Evaluable { get; init; }

    public required bool BelowThreshold { get; init; }

    public required IReadOnlyList<ClinicalFlag> RedFlags { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
