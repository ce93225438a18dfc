using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>WHO AnthroPlus example survey (5–19 y): every z-score WHO computed, at 2 decimals; blanks stay blank.</summary>
public sealed class Who2007SurveyTests
{
    private static readonly CsvFile _survey = CsvFile.Load("survey_who2007_z_testvectors.csv");

    private static readonly (string Expected, string Flag, Func<GrowthIndicators, IndicatorResult?> Actual)[] _columns =
    [
        ("zhfa", "fhfa", i => i.LengthHeightForAge),
        ("zwfa", "fwfa", i => i.WeightForAge),
        ("zbfa", "fbfa", i => i.BmiForAge),
    ];

    public static TheoryData<int> RowIndexes() => new(Enumerable.Range(0, _survey.Rows.Count));

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void Row_matches_WHO_expected_z_scores(int index)
    {
        var row = _survey.Rows[index];
        var request = new GrowthAssessRequest
        {
            Sex = _survey.Text(row, "sex") == "1" ? Sex.Male : Sex.Female,
            AgeMonths = _survey.Number(row, "agemons"),
            WeightKg = _survey.Number(row, "weight"),
            HeightCm = _survey.Number(row, "height"),
            Oedema = _survey.Text(row, "oedema") == "y",
        };

        if (!HasMeasurement(row))
        {
            // WHO left every z blank; the tool refuses a request without a measurement.
            Assert.Throws<ClinicalInputException>(() => new GrowthAssessTool().Evaluate(request));
            Assert.All(_columns, c => Assert.Null(_survey.Number(row, c.Expected)));
            return;
        }

        var result = new GrowthAssessTool().Evaluate(request);

        foreach (var (column, flag, actual) in _columns)
        {
            var indicator = actual(result.Indicators);
            if (_survey.Number(row, column) is { } z)
            {
                Assert.True(indicator is not null, $"{column} expected {z}, not computed");
                Assert.Equal(z, indicator.Z);
                Assert.Equal(_survey.Text(row, flag) == "1", indicator.Flag);
            }
            else
            {
                Assert.True(indicator is null, $"{column} expected blank, got {indicator?.Z}");
            }
        }
    }

    private static bool HasMeasurement(string[] row) =>
        _survey.Number(row, "weight") is not null || _survey.Number(row, "height") is not null;

    [Fact]
    public void The_survey_holds_the_expected_number_of_z_scores()
    {
        var count = _survey.Rows.Sum(row => _columns.Count(c => _survey.Number(row, c.Expected) is not null));
        Assert.Equal(2101, count);
    }
}
