namespace AgentHost.Clinical.Growth;

/// <summary>Validated inputs of one growth assessment, in the units the tables use.</summary>
internal sealed record GrowthMeasurements(
    Sex Sex,
    GrowthAge Age,
    double? WeightKg,
    double? HeightCm,
    MeasurementPosition? Position,
    double? HeadCircumferenceCm,
    double? MuacCm,
    double? TricepsSkinfoldMm,
    double? SubscapularSkinfoldMm,
    bool Oedema)
{
    /// <summary>WHO does not compute weight-based z-scores when there is bilateral oedema.</summary>
    public double? WeightForScores => Oedema ? null : WeightKg;
}
