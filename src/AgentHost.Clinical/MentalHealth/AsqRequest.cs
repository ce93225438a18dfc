using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.MentalHealth;

public sealed class AsqRequest
{
    internal const string Q1Text = "Q1: In the past few weeks, have you wished you were dead?";
    internal const string Q2Text = "Q2: In the past few weeks, have you felt that you or your family would be better off if you were dead?";
    internal const string Q3Text = "Q3: In the past week, have you been having thoughts about killing yourself?";
    internal const string Q4Text = "Q4: Have you ever tried to kill yourself?";
    internal const string Q5Text = "Q5: Are you having thoughts of killing yourself right now? Required when any of Q1–Q4 is yes.";

    [JsonRequired]
    [Description(Q1Text)]
    public bool? Q1 { get; init; }

    [JsonRequired]
    [Description(Q2Text)]
    public bool? Q2 { get; init; }

    [JsonRequired]
    [Description(Q3Text)]
    public bool? Q3 { get; init; }

    [JsonRequired]
    [Description(Q4Text)]
    public bool? Q4 { get; init; }

    [Description(Q5Text)]
    public bool? Q5 { get; init; }
}
