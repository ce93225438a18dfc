namespace AgentHost.Clinical.Growth;

/// <summary>
/// CLINICAL.md §A3 cut-offs, applied to the rounded z the result shows (as WHO's software does), and WHO's
/// implausible-value flags (§A1).
/// </summary>
internal static class GrowthClassifier
{
    public static GrowthClassification ClassifyWho(GrowthIndicator indicator, double z, bool underFive) =>
        (indicator, underFive) switch
        {
            (GrowthIndicator.LengthHeightForAge, true) => z < -3 ? GrowthClassification.SevereStunting
                : z < -2 ? GrowthClassification.Stunting : GrowthClassification.Normal,
            (GrowthIndicator.LengthHeightForAge, false) => z < -2 ? GrowthClassification.Stunting : GrowthClassification.Normal,
            (GrowthIndicator.WeightForAge, true) => z < -2 ? GrowthClassification.Underweight : GrowthClassification.Normal,
            (GrowthIndicator.WeightForLengthHeight, _) => z < -3 ? GrowthClassification.SevereWasting
                : z < -2 ? GrowthClassification.Wasting : Overweight(z),
            (GrowthIndicator.BmiForAge, true) => z < -2 ? Band(z) : Overweight(z),
            (GrowthIndicator.BmiForAge, false) => z > 2 ? GrowthClassification.Obesity
                : z > 1 ? GrowthClassification.Overweight
                : z < -3 ? GrowthClassification.SevereThinness
                : z < -2 ? GrowthClassification.Thinness : GrowthClassification.Normal,
            _ => Band(z),
        };

    public static GrowthClassification ClassifyChina(GrowthIndicator indicator, double z, double? bmi, ChinaBmiCutoffs? cutoffs) =>
        indicator switch
        {
            GrowthIndicator.LengthHeightForAge when z < -2 => GrowthClassification.ShortStature,
            GrowthIndicator.BmiForAge when bmi is { } value && cutoffs is not null => ClassifySchoolAgeBmi(value, cutoffs),
            _ => Band(z),
        };

    /// <summary>WS/T 586-2018 (overweight/obesity: BMI ≥ cut-off) and WS/T 456-2014 (thinness: BMI ≤ cut-off).</summary>
    public static GrowthClassification ClassifySchoolAgeBmi(double bmi, ChinaBmiCutoffs cutoffs)
    {
        if (bmi >= cutoffs.ObesityAtLeast)
        {
            return GrowthClassification.Obesity;
        }

        if (bmi >= cutoffs.OverweightAtLeast)
        {
            return GrowthClassification.Overweight;
        }

        if (cutoffs.ModerateSevereThinnessAtMost is not { } moderate || cutoffs.MildThinnessAtMost is not { } mild)
        {
            return GrowthClassification.NotOverweight;
        }

        return bmi <= moderate ? GrowthClassification.ModerateSevereThinness
            : bmi <= mild ? GrowthClassification.MildThinness
            : GrowthClassification.Normal;
    }

    /// <summary>WHO implausible-value flags: |HAZ| &gt; 6; WAZ &lt; −6 or &gt; 5; any other |z| &gt; 5.</summary>
    public static bool IsImplausible(GrowthIndicator indicator, double z) => indicator switch
    {
        GrowthIndicator.LengthHeightForAge => Math.Abs(z) > 6,
        GrowthIndicator.WeightForAge => z < -6 || z > 5,
        _ => Math.Abs(z) > 5,
    };

    private static GrowthClassification Overweight(double z) =>
        z > 3 ? GrowthClassification.Obesity
        : z > 2 ? GrowthClassification.Overweight
        : z > 1 ? GrowthClassification.RiskOfOverweight
        : GrowthClassification.Normal;

    private static GrowthClassification Band(double z) =>
        z < -3 ? GrowthClassification.BelowMinus3Sd
        : z < -2 ? GrowthClassification.BelowMinus2Sd
        : z > 3 ? GrowthClassification.AbovePlus3Sd
        : z > 2 ? GrowthClassification.AbovePlus2Sd
        : GrowthClassification.Within2Sd;
}
