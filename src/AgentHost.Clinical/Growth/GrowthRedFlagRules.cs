namespace AgentHost.Clinical.Growth;

/// <summary>CLINICAL.md §A4 items 1 and 4, for a single visit.</summary>
internal static class GrowthRedFlagRules
{
    public static List<ClinicalFlag> Evaluate(GrowthIndicators indicators, IReadOnlyList<IndicatorScore> scores, bool oedema)
    {
        var flags = new List<ClinicalFlag>();
        if (indicators.LengthHeightForAge is { } height && height.Z < -2)
        {
            flags.Add(new ClinicalFlag(
                "short_stature",
                "Length/height is below −2 SD (about the 3rd centile) for age and sex: review the growth history and consider referral."));
        }

        var extreme = scores.Select(s => s.Indicator).Where(i => Math.Abs(indicators[i]!.Z) > 3).Select(Name).ToList();
        if (extreme.Count > 0)
        {
            flags.Add(new ClinicalFlag(
                "extreme_z",
                $"z beyond ±3 for {string.Join(", ", extreme)}: check the measurement and its units before acting on it."));
        }

        var implausible = scores.Select(s => s.Indicator).Where(i => indicators[i]!.Flag).Select(Name).ToList();
        if (implausible.Count > 0)
        {
            flags.Add(new ClinicalFlag(
                "implausible_value",
                $"WHO implausibility flag on {string.Join(", ", implausible)}: likely a measurement or data-entry error; re-measure."));
        }

        if (indicators.HeadCircumferenceForAge is { } head && Math.Abs(head.Z) > 2)
        {
            flags.Add(new ClinicalFlag(
                "head_circumference",
                "Head circumference beyond ±2 SD for age and sex: needs clinical review [M: verify against the guideline before clinical use]."));
        }

        if (oedema)
        {
            flags.Add(new ClinicalFlag(
                "oedema",
                "Bilateral oedema reported: weight-based indicators are not computed and the child needs clinical assessment."));
        }

        return flags;
    }

    public static string Name(GrowthIndicator indicator) => indicator switch
    {
        GrowthIndicator.WeightForAge => "weight_for_age",
        GrowthIndicator.LengthHeightForAge => "length_height_for_age",
        GrowthIndicator.BmiForAge => "bmi_for_age",
        GrowthIndicator.WeightForLengthHeight => "weight_for_length_height",
        GrowthIndicator.HeadCircumferenceForAge => "head_circumference_for_age",
        GrowthIndicator.ArmCircumferenceForAge => "arm_circumference_for_age",
        GrowthIndicator.TricepsSkinfoldForAge => "triceps_skinfold_for_age",
        GrowthIndicator.SubscapularSkinfoldForAge => "subscapular_skinfold_for_age",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };
}
