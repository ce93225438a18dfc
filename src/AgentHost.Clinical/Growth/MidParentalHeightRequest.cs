using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public sealed class MidParentalHeightRequest
{
    internal const string FatherHeightCmText = "Father's height in centimetres.";
    internal const string MotherHeightCmText = "Mother's height in centimetres.";
    internal const string SexText = "Sex of the child, \"male\" or \"female\"; omit for both.";

    [JsonRequired]
    [Description(FatherHeightCmText)]
    public double? FatherHeightCm { get; init; }

    [JsonRequired]
    [Description(MotherHeightCmText)]
    public double? MotherHeightCm { get; init; }

    [Description(SexText)]
    public Sex? Sex { get; init; }
}
