using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>The worked growth examples of CLINICAL.md §A1.</summary>
public sealed class ClinicalGrowthExampleTests
{
    private readonly GrowthAssessTool _tool = new();

    [Fact]
    public void Girl_1716_days_with_BMI_22_85_gets_the_restricted_z_3_87_not_the_raw_3_74()
    {
        var lms = new LmsParameters(-0.5684, 15.2589, 0.09636);

        Assert.Equal(3.74, ClinicalRounding.Round(lms.ZScore(22.8517), 2));
        Assert.Equal(3.87, ClinicalRounding.Round(lms.RestrictedZScore(22.8517), 2));

        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Female, AgeDays = 1716, WeightKg = 27.5, HeightCm = 109.70000153, Measured = MeasurementPosition.Standing });
        Assert.Equal(3.87, result.Indicators.BmiForAge!.Z);
        Assert.True(result.Indicators.BmiForAge.RestrictedZ);
        Assert.Equal(GrowthClassification.Obesity, result.Indicators.BmiForAge.Classification);
        Assert.Contains(result.RedFlags, f => f.Code == "extreme_z");
    }

    [Fact]
    public void Boy_269_days_weighing_6_3_kg_is_minus_3_08()
    {
        var lms = new LmsParameters(0.0933, 8.8567, 0.1088);
        Assert.Equal(-3.082, Math.Round(lms.ZScore(6.3), 3));

        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 269, WeightKg = 6.3 });

        Assert.Equal(-3.08, result.Indicators.WeightForAge!.Z);
        Assert.Equal(GrowthClassification.Underweight, result.Indicators.WeightForAge.Classification);
    }

    [Fact]
    public void Boy_44_days_50_cm_long_is_minus_3_29_and_severely_stunted()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 44, HeightCm = 50 });

        Assert.Equal(-3.29, result.Indicators.LengthHeightForAge!.Z);
        Assert.Equal(GrowthClassification.SevereStunting, result.Indicators.LengthHeightForAge.Classification);
        Assert.Contains(result.RedFlags, f => f.Code == "short_stature");
        Assert.Null(result.Indicators.WeightForAge);
    }

    [Fact]
    public void Girl_1522_days_17_kg_is_0_24()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Female, AgeDays = 1522, WeightKg = 17 });

        Assert.Equal(0.24, result.Indicators.WeightForAge!.Z);
        Assert.Equal(GrowthClassification.Normal, result.Indicators.WeightForAge.Classification);
        Assert.Empty(result.RedFlags);
    }

    [Fact]
    public void Boy_987_days_72_86_cm_lying_is_standardised_to_height_and_flagged()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 987, HeightCm = 72.86, Measured = MeasurementPosition.Recumbent });

        Assert.Equal(72.16, result.LengthHeightUsedCm);
        Assert.Equal(-6.09, result.Indicators.LengthHeightForAge!.Z);
        Assert.True(result.Indicators.LengthHeightForAge.Flag);
        Assert.Contains(result.RedFlags, f => f.Code == "implausible_value");
    }

    [Fact]
    public void Boy_166_59_months_uses_the_2007_reference()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeMonths = 166.59, HeightCm = 153.7, WeightKg = 50.7 });

        Assert.Equal("WHO Growth Reference 2007 (5–19 y)", result.ReferenceUsed);
        Assert.Equal(-1.13, result.Indicators.LengthHeightForAge!.Z);
        Assert.Equal(0.94, result.Indicators.BmiForAge!.Z);
        Assert.Null(result.Indicators.WeightForAge);
        Assert.Contains("WHO Growth Reference 2007", result.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Standing_height_under_two_years_gains_0_7_cm()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Female, AgeDays = 500, HeightCm = 78, Measured = MeasurementPosition.Standing });

        Assert.Equal(78.7, result.LengthHeightUsedCm);
    }

    [Fact]
    public void Weight_for_length_switches_to_weight_for_height_at_731_days()
    {
        var young = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 730, HeightCm = 87, WeightKg = 12, Measured = MeasurementPosition.Recumbent });
        var old = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 731, HeightCm = 87.7, WeightKg = 12, Measured = MeasurementPosition.Recumbent });

        // Same child, same 87.0 cm standing-equivalent: the two tables differ by the 0.7 cm offset built into them.
        var lengthLms = WhoGrowthTables.Shared.WeightForLength.Exact(Sex.Male, 87)!.Value;
        var heightLms = WhoGrowthTables.Shared.WeightForHeight.Exact(Sex.Male, 87)!.Value;
        Assert.Equal(ClinicalRounding.Round(lengthLms.RestrictedZScore(12), 2), young.Indicators.WeightForLengthHeight!.Z);
        Assert.Equal(ClinicalRounding.Round(heightLms.RestrictedZScore(12), 2), old.Indicators.WeightForLengthHeight!.Z);
    }

    [Fact]
    public void Centile_is_100_times_phi_of_z()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 0, WeightKg = 3.3464 });

        Assert.Equal(0, result.Indicators.WeightForAge!.Z);
        Assert.Equal(50, result.Indicators.WeightForAge.Percentile);
        Assert.Equal(97.72, ClinicalRounding.Round(100 * NormalDistribution.Cdf(2), 2));
        Assert.Equal(2.28, ClinicalRounding.Round(100 * NormalDistribution.Cdf(-2), 2));
    }

    [Fact]
    public void Birth_and_measure_dates_give_the_age_in_days()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest
        {
            Sex = Sex.Female,
            BirthDate = new DateOnly(2020, 1, 1),
            MeasureDate = new DateOnly(2021, 1, 1),
            WeightKg = 9,
        });

        Assert.Equal(366, result.AgeDays);
        Assert.Equal(12.02, result.AgeMonths);
    }

    [Fact]
    public void Oedema_suppresses_weight_based_indicators()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 400, WeightKg = 8, HeightCm = 75, Oedema = true });

        Assert.Null(result.Indicators.WeightForAge);
        Assert.Null(result.Indicators.BmiForAge);
        Assert.Null(result.Indicators.WeightForLengthHeight);
        Assert.NotNull(result.Indicators.LengthHeightForAge);
        Assert.Contains(result.RedFlags, f => f.Code == "oedema");
    }

    [Fact]
    public void Head_circumference_beyond_two_sd_is_a_red_flag_marked_from_memory()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeDays = 0, HeadCircumferenceCm = 31 });

        var flag = Assert.Single(result.RedFlags, f => f.Code == "head_circumference");
        Assert.Contains("verify against the guideline", flag.Message, StringComparison.Ordinal);
        Assert.Contains("[M", result.Citation, StringComparison.Ordinal);
    }
}
