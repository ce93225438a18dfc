using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

public sealed class InrReading
{
    [JsonRequired]
    [Description("Date of the test, YYYY-MM-DD.")]
    public DateOnly? Date { get; init; }

    [JsonRequired]
    [Description("INR value.")]
    public double? Inr { get; init; }
}
