using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.MentalHealth;

public sealed class CssrsRequest
{
    internal const string Q1Text = "Q1: wish to be dead.";
    internal const string Q2Text = "Q2: active suicidal thoughts. If no, Q3–Q5 are skipped.";
    internal const string Q3Text = "Q3 (only if Q2 yes): suicidal thoughts with a method.";
    internal const string Q4Text = "Q4 (only if Q2 yes): suicidal intent without a specific plan.";
    internal const string Q5Text = "Q5 (only if Q2 yes): suicidal intent with a plan.";
    internal const string Q6Text = "Q6: any preparatory act or suicide attempt, ever.";
    internal const string Q6WithinThreeMonthsText = "If Q6 yes: was this within the past 3 months?";

    [JsonRequired]
    [Description(Q1Text)]
    public bool? Q1 { get; init; }

    [JsonRequired]
    [Description(Q2Text)]
    public bool? Q2 { get; init; }

    [Description(Q3Text)]
    public bool? Q3 { get; init; }

    [Description(Q4Text)]
    public bool? Q4 { get; init; }

    [Description(Q5Text)]
    public bool? Q5 { get; init; }

    [JsonRequired]
    [Description(Q6Text)]
    public bool? Q6 { get; init; }

    [Description(Q6WithinThreeMonthsText)]
    public bool? Q6WithinThreeMonths { get; init; }
}
