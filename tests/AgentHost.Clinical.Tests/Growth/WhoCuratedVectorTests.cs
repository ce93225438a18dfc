using System.Globalization;
using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>
/// The curated WHO rows: the LMS formulas give WHO's z from the listed L, M, S, and the embedded tables give
/// those L, M, S for the listed sex and age (or length/height).
/// </summary>
public sealed class WhoCuratedVectorTests
{
    private static readonly CsvFile _vectors = CsvFile.Load("who_curated_testvectors.csv");

    public static TheoryData<int> RowIndexes() => new(Enumerable.Range(0, _vectors.Rows.Count));

    [Fact]
    public void All_72_rows_are_present()
    {
        Assert.Equal(72, _vectors.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void Lms_formula_reproduces_the_expected_z(int index)
    {
        var row = _vectors.Rows[index];
        var lms = new LmsParameters(Value(row, "L"), Value(row, "M"), Value(row, "S"));
        var measure = Value(row, "measure");
        var restricted = !_vectors.Text(row, "method").StartsWith("raw", StringComparison.Ordinal);

        var z = restricted ? lms.RestrictedZScore(measure) : lms.ZScore(measure);

        Assert.Equal(Value(row, "expected_z"), ClinicalRounding.Round(z, 2));
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void Embedded_tables_give_the_listed_L_M_S(int index)
    {
        var row = _vectors.Rows[index];
        var sex = _vectors.Text(row, "sex") == "1" ? Sex.Male : Sex.Female;
        var x = Value(row, "x_value");
        var tables = WhoGrowthTables.Shared;
        var lms = _vectors.Text(row, "indicator") switch
        {
            "weight_for_age" => tables.WeightForAge.Exact(sex, x),
            "length_height_for_age" => tables.LengthHeightForAge.Exact(sex, x),
            "bmi_for_age" => tables.BmiForAge.Exact(sex, x),
            "weight_for_length" => tables.WeightForLength.Interpolate(sex, x),
            "weight_for_height" => tables.WeightForHeight.Interpolate(sex, x),
            "height_for_age_5_19" => tables.HeightForAge2007.Interpolate(sex, x),
            "bmi_for_age_5_19" => tables.BmiForAge2007.Interpolate(sex, x),
            var other => throw new InvalidOperationException(other),
        };

        Assert.NotNull(lms);
        Assert.Equal(Value(row, "L"), lms.Value.L, 5);
        Assert.Equal(Value(row, "M"), lms.Value.M, 5);
        Assert.Equal(Value(row, "S"), lms.Value.S, 5);
    }

    private static double Value(string[] row, string column) =>
        double.Parse(_vectors.Text(row, column), CultureInfo.InvariantCulture);
}
