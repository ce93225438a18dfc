using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public sealed class HeightMeasurement
{
    [JsonRequired]
    [Description("Date of the measurement, YYYY-MM-DD.")]
    public DateOnly? Date { get; init; }

    [JsonRequired]
    [Description("Length or height in centimetres.")]
    public double? HeightCm { get; init; }
}
