using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public sealed class GrowthVelocityRequest
{
    internal const string BirthDateText = "Date of birth, YYYY-MM-DD.";
    internal const string MeasurementsText = "Two or more dated length/height measurements.";
    internal const string PubertyStartedText = "True once puberty has started (uses the pubertal velocity threshold).";
    internal const string SexText = "Sex of the child, \"male\" or \"female\" (needed to check puberty timing).";

    [JsonRequired]
    [Description(BirthDateText)]
    public DateOnly? BirthDate { get; init; }

    [JsonRequired]
    [Description(MeasurementsText)]
    public IReadOnlyList<HeightMeasurement>? Measurements { get; init; }

    [Description(PubertyStartedText)]
    public bool? PubertyStarted { get; init; }

    [Description(SexText)]
    public Sex? Sex { get; init; }
}
