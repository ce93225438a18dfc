namespace AgentHost.Clinical.Growth;

/// <summary>
/// Zong &amp; Li 2013 LMS tables (China 2005 survey) and the WS/T 586-2018 / WS/T 456-2014 BMI cut-offs.
/// Length-based rows (L) run to 36 months and height-based rows (H) from 36 months, as in the source.
/// </summary>
internal sealed class ChinaGrowthTables
{
    private static readonly Lazy<ChinaGrowthTables> _shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChinaGrowthTables()
    {
    }

    public static ChinaGrowthTables Shared => _shared.Value;

    public required LmsTable WeightForAge { get; init; }

    public required LmsTable LengthForAge { get; init; }

    public required LmsTable HeightForAge { get; init; }

    public required LmsTable BmiForAgeLength { get; init; }

    public required LmsTable BmiForAgeHeight { get; init; }

    public required LmsTable HeadCircumferenceForAge { get; init; }

    public required LmsTable WeightForLength { get; init; }

    public required LmsTable WeightForHeight { get; init; }

    public required IReadOnlyList<ChinaBmiCutoffs> SchoolAgeBmiCutoffs { get; init; }

    private static ChinaGrowthTables Load() => new()
    {
        WeightForAge = EmbeddedData.ReadLms("china_zong_li_2013/china_weight.csv", "age_months"),
        LengthForAge = EmbeddedData.ReadLms("china_zong_li_2013/china_height.csv", "age_months", Position("L")),
        HeightForAge = EmbeddedData.ReadLms("china_zong_li_2013/china_height.csv", "age_months", Position("H")),
        BmiForAgeLength = EmbeddedData.ReadLms("china_zong_li_2013/china_bmi.csv", "age_months", Position("L")),
        BmiForAgeHeight = EmbeddedData.ReadLms("china_zong_li_2013/china_bmi.csv", "age_months", Position("H")),
        HeadCircumferenceForAge = EmbeddedData.ReadLms("china_zong_li_2013/china_headcirc.csv", "age_months"),
        WeightForLength = EmbeddedData.ReadLms("china_zong_li_2013/china_weightforlength.csv", "length_cm"),
        WeightForHeight = EmbeddedData.ReadLms("china_zong_li_2013/china_weightforlength2.csv", "height_cm"),
        SchoolAgeBmiCutoffs = LoadCutoffs(),
    };

    /// <summary>The half-year cut-off row the child has reached (10 y 5 mo uses 10.0), or null outside 6–18 y.</summary>
    public ChinaBmiCutoffs? CutoffsFor(Sex sex, int completedMonths)
    {
        if (completedMonths < 72)
        {
            return null;
        }

        // Half-years are exact binary fractions, so the row ages compare exactly.
        var rowAge = Math.Min(completedMonths / 6 * 0.5, 18.0);
        return SchoolAgeBmiCutoffs.FirstOrDefault(c => c.Sex == sex && c.AgeYears == rowAge);
    }

    private static Func<DelimitedTable, string[], bool> Position(string position) =>
        (table, row) => row[table.Column("length_or_height")].Trim() == position;

    private static List<ChinaBmiCutoffs> LoadCutoffs()
    {
        var table = EmbeddedData.Read("china_school_age_cutoffs/wst586_2018_wst456_2014_bmi_cutoffs.csv");
        var sex = table.Column("sex");
        var age = table.Column("age_years_halfyear");
        var overweight = table.Column("overweight_bmi_ge");
        var obesity = table.Column("obesity_bmi_ge");
        var thinModerate = table.Column("thin_mod_severe_bmi_le");
        var thinMild = table.Column("thin_mild_bmi_le");
        return table.Rows.Select(row => new ChinaBmiCutoffs(
            (Sex)(int)DelimitedTable.Number(row, sex),
            DelimitedTable.Number(row, age),
            DelimitedTable.Number(row, overweight),
            DelimitedTable.Number(row, obesity),
            DelimitedTable.OptionalNumber(row, thinModerate),
            DelimitedTable.OptionalNumber(row, thinMild))).ToList();
    }
}
