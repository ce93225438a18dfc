namespace AgentHost.Clinical.Growth;

/// <summary>
/// WHO z-scores as WHO's own software computes them: the 2006 standards from the exact-day row up to 1856 days
/// (igrowup/anthro), the 2007 reference with L, M, S interpolated between whole months after that (AnthroPlus).
/// </summary>
internal static class WhoGrowthCalculator
{
    /// <summary>Last day of the WHO 2006 daily tables.</summary>
    public const int LastStandardsDay = 1856;

    /// <summary>Length-based (recumbent) below this age in days, height-based from it.</summary>
    public const int FirstHeightDay = 731;

    /// <summary>WHO 2007 height- and BMI-for-age: ages below 229 months (to 19 years).</summary>
    public const double ReferenceEndMonths = 229;

    /// <summary>WHO 2007 weight-for-age: ages below 121 months (to 10 years).</summary>
    public const double WeightForAgeEndMonths = 121;

    private const int FirstArmCircumferenceDay = 91;

    public static GrowthComputation Compute(GrowthMeasurements input) =>
        input.Age.Days <= LastStandardsDay ? ComputeStandards(input) : ComputeReference2007(input);

    private static GrowthComputation ComputeStandards(GrowthMeasurements input)
    {
        var tables = WhoGrowthTables.Shared;
        var sex = input.Sex;
        var day = input.Age.Days;
        var scores = new List<IndicatorScore>();
        var notes = new List<string>();
        var lengthBased = day < FirstHeightDay;
        var lengthHeight = LengthHeightStandardizer.Standardize(input.HeightCm, input.Position, lengthBased);
        var weight = input.WeightForScores;

        void Add(GrowthIndicator indicator, double? value, LmsTable table, bool restricted)
        {
            if (value is { } x && table.Exact(sex, day) is { } lms)
            {
                scores.Add(new IndicatorScore(indicator, restricted ? lms.RestrictedZScore(x) : lms.ZScore(x), restricted));
            }
        }

        Add(GrowthIndicator.WeightForAge, weight, tables.WeightForAge, restricted: true);
        Add(GrowthIndicator.LengthHeightForAge, lengthHeight, tables.LengthHeightForAge, restricted: false);
        double? bmi = weight is { } w && lengthHeight is { } h ? LengthHeightStandardizer.Bmi(w, h) : null;
        Add(GrowthIndicator.BmiForAge, bmi, tables.BmiForAge, restricted: true);
        Add(GrowthIndicator.HeadCircumferenceForAge, input.HeadCircumferenceCm, tables.HeadCircumferenceForAge, restricted: true);

        if (input.MuacCm is not null || input.TricepsSkinfoldMm is not null || input.SubscapularSkinfoldMm is not null)
        {
            if (day < FirstArmCircumferenceDay)
            {
                notes.Add("Arm circumference and skinfold standards start at 3 months (91 days); not computed.");
            }

            Add(GrowthIndicator.ArmCircumferenceForAge, input.MuacCm, tables.ArmCircumferenceForAge, restricted: true);
            Add(GrowthIndicator.TricepsSkinfoldForAge, input.TricepsSkinfoldMm, tables.TricepsSkinfoldForAge, restricted: true);
            Add(GrowthIndicator.SubscapularSkinfoldForAge, input.SubscapularSkinfoldMm, tables.SubscapularSkinfoldForAge, restricted: true);
        }

        if (weight is { } kg && lengthHeight is { } cm)
        {
            var (table, min, max, name) = lengthBased
                ? (tables.WeightForLength, 45.0, 110.0, "weight-for-length")
                : (tables.WeightForHeight, 65.0, 120.0, "weight-for-height");
            if (cm >= min && cm <= max && table.Interpolate(sex, cm) is { } lms)
            {
                scores.Add(new IndicatorScore(GrowthIndicator.WeightForLengthHeight, lms.RestrictedZScore(kg), true));
            }
            else
            {
                notes.Add($"{name} covers {min:0}–{max:0} cm; {InputGuard.Show(Math.Round(cm, 2))} cm is outside it, so it was not computed.");
            }
        }

        AddOedemaNote(input, notes);
        return new GrowthComputation(scores, lengthHeight, bmi, notes);
    }

    private static GrowthComputation ComputeReference2007(GrowthMeasurements input)
    {
        var tables = WhoGrowthTables.Shared;
        var sex = input.Sex;
        var months = input.Age.Months;
        var scores = new List<IndicatorScore>();
        var notes = new List<string>();
        var height = LengthHeightStandardizer.Standardize(input.HeightCm, input.Position, lengthBasedAge: false);
        var weight = input.WeightForScores;

        void Add(GrowthIndicator indicator, double? value, LmsTable table, bool restricted)
        {
            if (value is { } x && table.Interpolate(sex, months) is { } lms)
            {
                scores.Add(new IndicatorScore(indicator, restricted ? lms.RestrictedZScore(x) : lms.ZScore(x), restricted));
            }
        }

        Add(GrowthIndicator.LengthHeightForAge, height, tables.HeightForAge2007, restricted: false);
        if (weight is not null && months >= WeightForAgeEndMonths)
        {
            notes.Add("WHO 2007 weight-for-age stops at 10 years (it cannot tell height from body mass); use BMI-for-age.");
        }
        else
        {
            Add(GrowthIndicator.WeightForAge, weight, tables.WeightForAge2007, restricted: true);
        }

        double? bmi = weight is { } w && height is { } h ? LengthHeightStandardizer.Bmi(w, h) : null;
        Add(GrowthIndicator.BmiForAge, bmi, tables.BmiForAge2007, restricted: true);

        if (input.HeadCircumferenceCm is not null)
        {
            notes.Add("WHO head-circumference standards end at 5 years; not computed.");
        }

        if (input.MuacCm is not null || input.TricepsSkinfoldMm is not null || input.SubscapularSkinfoldMm is not null)
        {
            notes.Add("WHO arm-circumference and skinfold standards end at 5 years; not computed.");
        }

        if (weight is not null && height is not null)
        {
            notes.Add("Weight-for-height is defined only to 5 years; BMI-for-age is used after.");
        }

        AddOedemaNote(input, notes);
        return new GrowthComputation(scores, height, bmi, notes);
    }

    private static void AddOedemaNote(GrowthMeasurements input, List<string> notes)
    {
        if (input.Oedema && input.WeightKg is not null)
        {
            notes.Add("Bilateral oedema: WHO does not compute weight-based z-scores (weight-for-age, weight-for-length/height, BMI).");
        }
    }
}
