namespace AgentHost.Agents.Storage;

/// <summary>Measurement kinds the packaged agents use; any snake_case kind is accepted.</summary>
public static class MeasurementKinds
{
    public const string Inr = "inr";
    public const string HeightCm = "height_cm";
    public const string WeightKg = "weight_kg";
    public const string HeadCircumferenceCm = "head_circumference_cm";
}
