namespace AgentHost.Clinical.Growth;

internal enum GrowthIndicator
{
    WeightForAge,
    LengthHeightForAge,
    BmiForAge,
    WeightForLengthHeight,
    HeadCircumferenceForAge,
    ArmCircumferenceForAge,
    TricepsSkinfoldForAge,
    SubscapularSkinfoldForAge,
}
