using System.Globalization;
using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>
/// WHO igrowup example survey (0–5 y): every z-score WHO computed must be reproduced at 2 decimals, and every
/// z-score WHO left blank must be absent.
/// </summary>
public sealed class PygrowupSurveyTests
{
    private static readonly CsvFile _survey = CsvFile.Load("pygrowup_survey_z_st.csv");

    private static readonly (string Expected, Func<GrowthIndicators, IndicatorResult?> Actual)[] _columns =
    [
        ("_ZWEI", i => i.WeightForAge),
        ("_ZLEN", i => i.LengthHeightForAge),
        ("_ZWFL", i => i.WeightForLengthHeight),
        ("_ZBMI", i => i.BmiForAge),
        ("_ZHC", i => i.HeadCircumferenceForAge),
        ("_ZAC", i => i.ArmCircumferenceForAge),
        ("_ZTS", i => i.TricepsSkinfoldForAge),
        ("_ZSS", i => i.SubscapularSkinfoldForAge),
    ];

    public static TheoryData<int> RowIndexes() => new(Enumerable.Range(0, _survey.Rows.Count));

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void Row_matches_WHO_expected_z_scores(int index)
    {
        var row = _survey.Rows[index];
        var request = new GrowthAssessRequest
        {
            Sex = _survey.Text(row, "GENDER") == "1" ? Sex.Male : Sex.Female,
            AgeMonths = _survey.Number(row, "agemons"),
            WeightKg = _survey.Number(row, "WEIGHT"),
            HeightCm = _survey.Number(row, "HEIGHT"),
            Measured = _survey.Text(row, "measure") switch
            {
                "l" => MeasurementPosition.Recumbent,
                "h" => MeasurementPosition.Standing,
                _ => null,
            },
            Oedema = _survey.Text(row, "oedema") == "y",
            HeadCircumferenceCm = _survey.Number(row, "HEAD"),
            MuacCm = _survey.Number(row, "MUAC"),
            TricepsSkinfoldMm = _survey.Number(row, "TRI"),
            SubscapularSkinfoldMm = _survey.Number(row, "SUB"),
        };

        if (!HasMeasurement(row))
        {
            // WHO left every z blank; the tool refuses a request without a measurement.
            Assert.Throws<ClinicalInputException>(() => new GrowthAssessTool().Evaluate(request));
            Assert.All(_columns, c => Assert.Null(_survey.Number(row, c.Expected)));
            return;
        }

        var result = new GrowthAssessTool().Evaluate(request);

        Assert.Equal(int.Parse(_survey.Text(row, "_agedays"), CultureInfo.InvariantCulture), result.AgeDays);
        foreach (var (column, actual) in _columns)
        {
            var expected = _survey.Number(row, column);
            var indicator = actual(result.Indicators);
            if (expected is { } z)
            {
                Assert.True(indicator is not null, $"{column} expected {z}, not computed");
                Assert.Equal(z, indicator.Z);
            }
            else
            {
                Assert.True(indicator is null, $"{column} expected blank, got {indicator?.Z}");
            }
        }
    }

    private static bool HasMeasurement(string[] row) =>
        new[] { "WEIGHT", "HEIGHT", "HEAD", "MUAC", "TRI", "SUB" }.Any(c => _survey.Number(row, c) is not null);

    [Fact]
    public void The_survey_holds_the_expected_number_of_z_scores()
    {
        var count = _survey.Rows.Sum(row => _columns.Count(c => _survey.Number(row, c.Expected) is not null));
        Assert.Equal(3318, count);
    }
}
