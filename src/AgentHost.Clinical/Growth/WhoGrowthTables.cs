namespace AgentHost.Clinical.Growth;

/// <summary>WHO Child Growth Standards 2006 (daily, 0–1856 d) and WHO Growth Reference 2007 (monthly, 5–19 y).</summary>
internal sealed class WhoGrowthTables
{
    private static readonly Lazy<WhoGrowthTables> _shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private WhoGrowthTables()
    {
    }

    public static WhoGrowthTables Shared => _shared.Value;

    public required LmsTable WeightForAge { get; init; }

    public required LmsTable LengthHeightForAge { get; init; }

    public required LmsTable BmiForAge { get; init; }

    public required LmsTable HeadCircumferenceForAge { get; init; }

    public required LmsTable ArmCircumferenceForAge { get; init; }

    public required LmsTable TricepsSkinfoldForAge { get; init; }

    public required LmsTable SubscapularSkinfoldForAge { get; init; }

    public required LmsTable WeightForLength { get; init; }

    public required LmsTable WeightForHeight { get; init; }

    public required LmsTable HeightForAge2007 { get; init; }

    public required LmsTable WeightForAge2007 { get; init; }

    public required LmsTable BmiForAge2007 { get; init; }

    private static WhoGrowthTables Load() => new()
    {
        WeightForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/weianthro.tsv", "age"),
        LengthHeightForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/lenanthro.tsv", "age"),
        BmiForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/bmianthro.tsv", "age"),
        HeadCircumferenceForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/hcanthro.tsv", "age"),
        ArmCircumferenceForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/acanthro.tsv", "age"),
        TricepsSkinfoldForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/tsanthro.tsv", "age"),
        SubscapularSkinfoldForAge = EmbeddedData.ReadLms("who_0_5_lms_daily/ssanthro.tsv", "age"),
        WeightForLength = EmbeddedData.ReadLms("who_0_5_lms_daily/wflanthro.tsv", "length"),
        WeightForHeight = EmbeddedData.ReadLms("who_0_5_lms_daily/wfhanthro.tsv", "height"),
        HeightForAge2007 = EmbeddedData.ReadLms("who_2007_5_19_anthroplus/hfawho2007.tsv", "age"),
        WeightForAge2007 = EmbeddedData.ReadLms("who_2007_5_19_anthroplus/wfawho2007.tsv", "age"),
        BmiForAge2007 = EmbeddedData.ReadLms("who_2007_5_19_anthroplus/bfawho2007.tsv", "age"),
    };
}
