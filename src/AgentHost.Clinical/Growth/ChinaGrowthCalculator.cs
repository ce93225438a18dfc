namespace AgentHost.Clinical.Growth;

/// <summary>
/// z-scores against the Chinese 2005 survey LMS (Zong &amp; Li 2013). The published rows are monthly to 6 months,
/// then 2-, 3- and 6-monthly, so L, M and S are interpolated linearly between rows (and between 5 cm rows for
/// weight-for-length/height). z is the plain LMS z: WHO's restriction beyond ±3 SD is a WHO convention.
/// </summary>
internal static class ChinaGrowthCalculator
{
    /// <summary>The tables end at 18 years.</summary>
    public const double LastMonth = 216;

    /// <summary>Length-based rows below 36 months, height-based from 36 months (the source has both rows at 36).</summary>
    public const double FirstHeightMonth = 36;

    private const double LastHeadCircumferenceMonth = 72;

    // The weight-for-length/height tables come from the charts for children under 7.
    private const double WeightForHeightEndMonth = 84;

    public static GrowthComputation Compute(GrowthMeasurements input)
    {
        var tables = ChinaGrowthTables.Shared;
        var sex = input.Sex;
        var months = input.Age.Months;
        var lengthBased = months < FirstHeightMonth;
        var scores = new List<IndicatorScore>();
        var notes = new List<string>();
        var lengthHeight = LengthHeightStandardizer.Standardize(input.HeightCm, input.Position, lengthBased);
        var weight = input.WeightForScores;

        void Add(GrowthIndicator indicator, double? value, LmsTable table, double key)
        {
            if (value is { } x && table.Interpolate(sex, key) is { } lms)
            {
                scores.Add(new IndicatorScore(indicator, lms.ZScore(x), Restricted: false));
            }
        }

        Add(GrowthIndicator.WeightForAge, weight, tables.WeightForAge, months);
        Add(GrowthIndicator.LengthHeightForAge, lengthHeight, lengthBased ? tables.LengthForAge : tables.HeightForAge, months);
        double? bmi = weight is { } w && lengthHeight is { } h ? LengthHeightStandardizer.Bmi(w, h) : null;
        Add(GrowthIndicator.BmiForAge, bmi, lengthBased ? tables.BmiForAgeLength : tables.BmiForAgeHeight, months);

        if (input.HeadCircumferenceCm is not null && months > LastHeadCircumferenceMonth)
        {
            notes.Add("The China head-circumference table ends at 6 years; not computed.");
        }
        else
        {
            Add(GrowthIndicator.HeadCircumferenceForAge, input.HeadCircumferenceCm, tables.HeadCircumferenceForAge, months);
        }

        if (weight is { } kg && lengthHeight is { } cm && months < WeightForHeightEndMonth)
        {
            var (table, name) = lengthBased ? (tables.WeightForLength, "weight-for-length") : (tables.WeightForHeight, "weight-for-height");
            if (table.Interpolate(sex, cm) is { } lms)
            {
                scores.Add(new IndicatorScore(GrowthIndicator.WeightForLengthHeight, lms.ZScore(kg), Restricted: false));
            }
            else
            {
                notes.Add($"The China {name} table covers {table.FirstKey(sex):0}–{table.LastKey(sex):0} cm; {InputGuard.Show(Math.Round(cm, 2))} cm is outside it, so it was not computed.");
            }
        }

        if (weight is not null && lengthHeight is not null && months >= WeightForHeightEndMonth)
        {
            notes.Add("The China weight-for-height table is for children under 7; BMI-for-age is used after.");
        }

        if (input.MuacCm is not null || input.TricepsSkinfoldMm is not null || input.SubscapularSkinfoldMm is not null)
        {
            notes.Add("The China reference has no arm-circumference or skinfold tables; use reference \"who\" for them.");
        }

        if (input.Oedema && input.WeightKg is not null)
        {
            notes.Add("Bilateral oedema: weight-based z-scores are not computed (WHO rule, applied here too).");
        }

        return new GrowthComputation(scores, lengthHeight, bmi, notes);
    }
}
