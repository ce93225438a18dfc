namespace AgentHost.Clinical.Growth;

/// <summary><c>growth_assess</c>: z-scores, centiles, categories and red flags for one measurement visit.</summary>
public sealed class GrowthAssessTool : ClinicalTool<GrowthAssessRequest, GrowthAssessResult>
{
    internal const string Summary =
        "Child growth assessment for one visit: z-scores (2 decimals), centiles, WHO or Chinese categories and WHO "
        + "implausibility flags for weight-for-age, length/height-for-age, BMI-for-age, weight-for-length/height and head "
        + "circumference (WHO 2006 standards 0–5 y, WHO 2007 reference 5–19 y, or the China 2005 reference 0–18 y), "
        + "plus red flags. Quote its numbers and citation; never compute them yourself.";

    public override string Name => "growth_assess";

    public override string Description => Summary;

    public override GrowthAssessResult Evaluate(GrowthAssessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sex = InputGuard.Required(request.Sex, "sex", "\"male\" or \"female\"");
        var reference = request.Reference ?? GrowthReference.Who;
        var age = GrowthAgeResolver.Resolve(request.AgeDays, request.AgeMonths, request.BirthDate, request.MeasureDate);
        CheckAgeCovered(age, reference);
        var input = new GrowthMeasurements(
            sex,
            age,
            InputGuard.InRange(request.WeightKg, "weight_kg", 0.5, 250, "kg", UnitSlip.Kilograms),
            InputGuard.InRange(request.HeightCm, "height_cm", 30, 230, "cm", UnitSlip.Centimetres),
            request.Measured,
            InputGuard.InRange(request.HeadCircumferenceCm, "head_circumference_cm", 20, 70, "cm", UnitSlip.Centimetres),
            InputGuard.InRange(request.MuacCm, "muac_cm", 5, 50, "cm", UnitSlip.Centimetres),
            InputGuard.InRange(request.TricepsSkinfoldMm, "triceps_skinfold_mm", 1, 60, "mm", UnitSlip.Millimetres),
            InputGuard.InRange(request.SubscapularSkinfoldMm, "subscapular_skinfold_mm", 1, 60, "mm", UnitSlip.Millimetres),
            request.Oedema ?? false);
        if (input is { WeightKg: null, HeightCm: null, HeadCircumferenceCm: null, MuacCm: null, TricepsSkinfoldMm: null, SubscapularSkinfoldMm: null })
        {
            throw new ClinicalInputException(
                "weight_kg",
                "give at least one measurement: weight_kg, height_cm, head_circumference_cm, muac_cm, triceps_skinfold_mm or subscapular_skinfold_mm");
        }

        var underFive = age.Days <= WhoGrowthCalculator.LastStandardsDay;
        var computation = reference == GrowthReference.China
            ? ChinaGrowthCalculator.Compute(input)
            : WhoGrowthCalculator.Compute(input);
        var cutoffs = reference == GrowthReference.China
            ? ChinaGrowthTables.Shared.CutoffsFor(sex, age.CompletedMonths)
            : null;

        var indicators = new GrowthIndicators();
        foreach (var score in computation.Scores)
        {
            var z = ClinicalRounding.Round(score.Z, 2);
            var isChinaBmi = reference == GrowthReference.China && score.Indicator == GrowthIndicator.BmiForAge;
            indicators[score.Indicator] = new IndicatorResult
            {
                Z = z,
                Percentile = Percentile(score.Z),
                Classification = reference == GrowthReference.China
                    ? GrowthClassifier.ClassifyChina(score.Indicator, z, computation.Bmi, cutoffs)
                    : GrowthClassifier.ClassifyWho(score.Indicator, z, underFive),
                Flag = GrowthClassifier.IsImplausible(score.Indicator, z),
                RestrictedZ = score.Restricted,
                Cutoffs = isChinaBmi ? cutoffs : null,
            };
        }

        var (referenceUsed, citation) = reference switch
        {
            GrowthReference.China => ("China 2005 survey reference, Zong & Li 2013 (0–18 y)", GrowthCitations.China),
            _ when underFive => ("WHO Child Growth Standards 2006 (0–5 y)", GrowthCitations.WhoStandards),
            _ => ("WHO Growth Reference 2007 (5–19 y)", GrowthCitations.WhoReference2007),
        };

        return new GrowthAssessResult
        {
            Reference = reference,
            ReferenceUsed = referenceUsed,
            AgeDays = age.Days,
            AgeMonths = ClinicalRounding.Round(age.Months, 2),
            LengthHeightUsedCm = ClinicalRounding.Round(computation.LengthHeightCm, 2),
            BmiKgM2 = ClinicalRounding.Round(computation.Bmi, 2),
            Indicators = indicators,
            RedFlags = GrowthRedFlagRules.Evaluate(indicators, computation.Scores, input.Oedema),
            Notes = computation.Notes,
            Citation = citation + GrowthCitations.RedFlags,
        };
    }

    // Kept inside (0, 100): beyond ±3.7 SD two decimals would print an impossible 0 or 100th centile.
    private static double Percentile(double z) =>
        Math.Clamp(ClinicalRounding.Round(100 * NormalDistribution.Cdf(z), 2), 0.01, 99.99);

    private static void CheckAgeCovered(GrowthAge age, GrowthReference reference)
    {
        var (endMonths, coverage) = reference == GrowthReference.China
            ? (ChinaGrowthCalculator.LastMonth, "the China reference covers 0 to 18 years (216 months)")
            : (WhoGrowthCalculator.ReferenceEndMonths - 1e-9, "the WHO references cover 0 to 19 years (below 229 months)");
        if (age.Months <= endMonths)
        {
            return;
        }

        var given = age.Field switch
        {
            "age_days" => $"{InputGuard.Show(age.Days)} days",
            "age_months" => $"{InputGuard.Show(age.Months)} months",
            _ => $"{age.Days} days between birth_date and measure_date",
        };
        throw new ClinicalInputException(age.Field, $"{age.Field} is beyond the growth tables: {coverage} (got {given})");
    }
}
