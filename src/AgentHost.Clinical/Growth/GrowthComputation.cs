namespace AgentHost.Clinical.Growth;

/// <summary>What a reference calculator produced: the scores, the standardised length/height and BMI used, and why anything was skipped.</summary>
internal sealed record GrowthComputation(
    IReadOnlyList<IndicatorScore> Scores,
    double? LengthHeightCm,
    double? Bmi,
    IReadOnlyList<string> Notes);
