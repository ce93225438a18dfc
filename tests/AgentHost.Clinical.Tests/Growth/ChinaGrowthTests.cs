using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>China reference (Zong &amp; Li 2013) and the WS/T 586-2018 / WS/T 456-2014 examples of CLINICAL.md §A3.</summary>
public sealed class ChinaGrowthTests
{
    private readonly GrowthAssessTool _tool = new();

    [Theory]
    [InlineData(Sex.Male, 6.0, 16.4, 17.7)]
    [InlineData(Sex.Male, 10.0, 19.2, 21.9)]
    [InlineData(Sex.Male, 12.0, 20.7, 24.1)]
    [InlineData(Sex.Male, 18.0, 24.0, 28.0)]
    [InlineData(Sex.Female, 6.0, 16.2, 17.5)]
    [InlineData(Sex.Female, 10.0, 19.5, 21.5)]
    [InlineData(Sex.Female, 12.0, 21.5, 23.9)]
    [InlineData(Sex.Female, 18.0, 24.0, 28.0)]
    public void Embedded_WS_T_586_cutoffs_match_CLINICAL_md(Sex sex, double years, double overweight, double obesity)
    {
        var row = ChinaGrowthTables.Shared.CutoffsFor(sex, (int)(years * 12));

        Assert.NotNull(row);
        Assert.Equal(years, row.AgeYears);
        Assert.Equal(overweight, row.OverweightAtLeast);
        Assert.Equal(obesity, row.ObesityAtLeast);
    }

    [Fact]
    public void Boy_of_10_with_BMI_20_is_overweight()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeMonths = 120, HeightCm = 140, WeightKg = 39.2, Reference = GrowthReference.China });

        Assert.Equal(20.0, result.BmiKgM2);
        Assert.Equal(GrowthClassification.Overweight, result.Indicators.BmiForAge!.Classification);
        Assert.Equal(10.0, result.Indicators.BmiForAge.Cutoffs!.AgeYears);
    }

    [Fact]
    public void Girl_of_12_with_BMI_24_is_obese()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Female, AgeMonths = 144, HeightCm = 150, WeightKg = 54, Reference = GrowthReference.China });

        Assert.Equal(24.0, result.BmiKgM2);
        Assert.Equal(GrowthClassification.Obesity, result.Indicators.BmiForAge!.Classification);
    }

    [Fact]
    public void A_child_of_10_years_5_months_uses_the_10_0_row()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest
        {
            Sex = Sex.Male,
            BirthDate = new DateOnly(2010, 1, 15),
            MeasureDate = new DateOnly(2020, 6, 20),
            HeightCm = 140,
            WeightKg = 39.2,
            Reference = GrowthReference.China,
        });

        Assert.Equal(10.0, result.Indicators.BmiForAge!.Cutoffs!.AgeYears);
    }

    [Theory]
    [InlineData(Sex.Male, 13.2, GrowthClassification.ModerateSevereThinness)]
    [InlineData(Sex.Male, 13.4, GrowthClassification.MildThinness)]
    [InlineData(Sex.Male, 13.5, GrowthClassification.Normal)]
    [InlineData(Sex.Male, 16.4, GrowthClassification.Overweight)]
    [InlineData(Sex.Male, 17.7, GrowthClassification.Obesity)]
    [InlineData(Sex.Female, 12.8, GrowthClassification.ModerateSevereThinness)]
    [InlineData(Sex.Female, 13.1, GrowthClassification.MildThinness)]
    [InlineData(Sex.Female, 13.2, GrowthClassification.Normal)]
    public void WS_T_456_thinness_and_586_overweight_at_6_years(Sex sex, double bmi, GrowthClassification expected)
    {
        var cutoffs = ChinaGrowthTables.Shared.CutoffsFor(sex, 72)!;

        Assert.Equal(expected, GrowthClassifier.ClassifySchoolAgeBmi(bmi, cutoffs));
    }

    [Fact]
    public void No_school_age_cutoffs_before_6_years()
    {
        Assert.Null(ChinaGrowthTables.Shared.CutoffsFor(Sex.Female, 71));
    }

    [Fact]
    public void The_published_minus_and_plus_2_SD_columns_sit_at_z_of_minus_and_plus_2()
    {
        // Every LMS row, length- and height-based, checked against the SD columns printed beside it.
        var files = new[] { "china_height.csv", "china_weight.csv", "china_bmi.csv", "china_headcirc.csv", "china_weightforlength.csv", "china_weightforlength2.csv" };
        var checkedRows = 0;
        foreach (var file in files)
        {
            var table = EmbeddedData.Read("china_zong_li_2013/" + file);

            // SD columns are printed to 0.1 cm; head circumference has the narrowest SD (~1.3 cm), so rounding moves z most.
            var tolerance = file == "china_headcirc.csv" ? 0.08 : 0.04;
            foreach (var row in table.Rows)
            {
                var lms = new LmsParameters(DelimitedTable.Number(row, table.Column("L")), DelimitedTable.Number(row, table.Column("M")), DelimitedTable.Number(row, table.Column("S")));
                Assert.InRange(lms.ZScore(DelimitedTable.Number(row, table.Column("minus2SD"))), -2 - tolerance, -2 + tolerance);
                Assert.InRange(lms.ZScore(DelimitedTable.Number(row, table.Column("plus2SD"))), 2 - tolerance, 2 + tolerance);
                checkedRows++;
            }
        }

        Assert.Equal(94 + 92 + 94 + 44 + 28 + 26, checkedRows);
    }

    [Fact]
    public void Median_height_at_10_years_is_z_0_and_the_row_at_36_months_switches_to_standing()
    {
        var median = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeMonths = 120, HeightCm = 140.2, Reference = GrowthReference.China });
        Assert.Equal(0, median.Indicators.LengthHeightForAge!.Z);
        Assert.Equal(GrowthClassification.Within2Sd, median.Indicators.LengthHeightForAge.Classification);

        var lying = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Male, AgeMonths = 36, HeightCm = 97.5, Measured = MeasurementPosition.Recumbent, Reference = GrowthReference.China });
        Assert.Equal(96.8, lying.LengthHeightUsedCm);
        Assert.Equal(0, lying.Indicators.LengthHeightForAge!.Z);
    }

    [Fact]
    public void Short_stature_below_minus_2_SD_is_named_and_flagged()
    {
        var result = _tool.Evaluate(new GrowthAssessRequest { Sex = Sex.Female, AgeMonths = 96, HeightCm = 115, Reference = GrowthReference.China });

        Assert.Equal(GrowthClassification.ShortStature, result.Indicators.LengthHeightForAge!.Classification);
        Assert.Contains(result.RedFlags, f => f.Code == "short_stature");
        Assert.Contains("WS/T 586-2018", result.Citation, StringComparison.Ordinal);
        Assert.Contains("verify against the guideline", result.Citation, StringComparison.Ordinal);
    }
}
