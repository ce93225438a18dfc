using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>CLINICAL.md §A4.2 velocity thresholds: &lt; 7 cm/yr under 3 y, &lt; 5 to puberty, &lt; 6 in puberty.</summary>
public sealed class GrowthVelocityTests
{
    private static readonly DateOnly _birth = new(2015, 1, 1);
    private readonly GrowthVelocityTool _tool = new();

    [Fact]
    public void Velocity_is_annualised_over_the_whole_span()
    {
        var result = Run(_birth, (new DateOnly(2021, 1, 1), 110.0), (new DateOnly(2021, 7, 2), 112.0), (new DateOnly(2022, 1, 1), 116.0));

        Assert.Equal(2, result.Intervals.Count);
        Assert.Equal(365, result.Overall.Days);
        Assert.Equal(6.0, result.Overall.GainCm);
        Assert.Equal(6.0, result.Overall.CmPerYear);
        Assert.Equal(4.01, result.Intervals[0].CmPerYear);
        Assert.Equal(VelocityAgeBand.From3YearsToPuberty, result.AgeBand);
        Assert.Equal(5, result.ThresholdCmPerYear);
        Assert.False(result.BelowThreshold);
        Assert.Empty(result.RedFlags);
    }

    [Theory]
    [InlineData(1, false, 6.5, 7, true)]
    [InlineData(1, false, 7.5, 7, false)]
    [InlineData(6, false, 4.5, 5, true)]
    [InlineData(6, false, 5.5, 5, false)]
    [InlineData(12, true, 5.5, 6, true)]
    [InlineData(12, true, 6.5, 6, false)]
    public void The_age_appropriate_threshold_raises_the_red_flag(int ageYears, bool puberty, double gainCmInOneYear, double threshold, bool flagged)
    {
        var start = _birth.AddYears(ageYears);
        var result = _tool.Evaluate(new GrowthVelocityRequest
        {
            BirthDate = _birth,
            PubertyStarted = puberty,
            Measurements =
            [
                new HeightMeasurement { Date = start, HeightCm = 100 },
                new HeightMeasurement { Date = start.AddDays(365), HeightCm = 100 + gainCmInOneYear },
            ],
        });

        Assert.Equal(threshold, result.ThresholdCmPerYear);
        Assert.Equal(flagged, result.BelowThreshold);
        Assert.Equal(flagged, result.RedFlags.Any(f => f.Code == "low_growth_velocity"));
    }

    [Fact]
    public void Less_than_six_months_of_measurements_is_not_judged()
    {
        var result = Run(_birth, (new DateOnly(2021, 1, 1), 110.0), (new DateOnly(2021, 4, 1), 110.5));

        Assert.False(result.Evaluable);
        Assert.False(result.BelowThreshold);
        Assert.DoesNotContain(result.RedFlags, f => f.Code == "low_growth_velocity");
    }

    [Fact]
    public void A_shrinking_child_prompts_a_measurement_check()
    {
        var result = Run(_birth, (new DateOnly(2021, 1, 1), 110.0), (new DateOnly(2022, 1, 1), 109.0));

        Assert.Contains(result.RedFlags, f => f.Code == "measurement_check");
    }

    [Fact]
    public void Puberty_before_8_in_a_girl_is_a_red_flag()
    {
        var result = _tool.Evaluate(new GrowthVelocityRequest
        {
            BirthDate = _birth,
            Sex = Sex.Female,
            PubertyStarted = true,
            Measurements =
            [
                new HeightMeasurement { Date = new DateOnly(2021, 1, 1), HeightCm = 115 },
                new HeightMeasurement { Date = new DateOnly(2022, 1, 1), HeightCm = 123 },
            ],
        });

        Assert.Contains(result.RedFlags, f => f.Code == "early_puberty");
    }

    [Fact]
    public void One_measurement_is_not_enough()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Run(_birth, (new DateOnly(2021, 1, 1), 110.0)));

        Assert.Equal("measurements", ex.Field);
    }

    [Fact]
    public void A_measurement_before_birth_is_named()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Run(_birth, (new DateOnly(2014, 1, 1), 50.0), (new DateOnly(2016, 1, 1), 80.0)));

        Assert.Equal("measurements[0].date", ex.Field);
    }

    [Fact]
    public void A_height_in_millimetres_is_named_with_its_index()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Run(_birth, (new DateOnly(2021, 1, 1), 110.0), (new DateOnly(2022, 1, 1), 1160.0)));

        Assert.Equal("measurements[1].height_cm", ex.Field);
        Assert.Contains("millimetres", ex.Message, StringComparison.Ordinal);
    }

    private GrowthVelocityResult Run(DateOnly birth, params (DateOnly Date, double Height)[] points) =>
        _tool.Evaluate(new GrowthVelocityRequest
        {
            BirthDate = birth,
            Measurements = points.Select(p => new HeightMeasurement { Date = p.Date, HeightCm = p.Height }).ToList(),
        });
}
