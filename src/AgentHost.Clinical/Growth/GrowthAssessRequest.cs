using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public sealed class GrowthAssessRequest
{
    internal const string SexText = "Sex of the child: \"male\" or \"female\".";
    internal const string AgeDaysText = "Age in days (decimals are rounded). Give exactly one of age_days, age_months, or birth_date with measure_date.";
    internal const string AgeMonthsText = "Age in months (1 month = 30.4375 days), e.g. 166.59.";
    internal const string BirthDateText = "Date of birth, YYYY-MM-DD (with measure_date).";
    internal const string MeasureDateText = "Date of the measurement, YYYY-MM-DD (with birth_date).";
    internal const string WeightKgText = "Weight in kilograms.";
    internal const string HeightCmText = "Length or height in centimetres.";
    internal const string MeasuredText = "How length/height was measured: \"recumbent\" (lying) or \"standing\". If omitted: lying under 2 years (WHO) or 3 years (China), standing after.";
    internal const string HeadCircumferenceCmText = "Head circumference in centimetres.";
    internal const string MuacCmText = "Mid-upper arm circumference in centimetres (WHO, 3 months to 5 years).";
    internal const string TricepsSkinfoldMmText = "Triceps skinfold in millimetres (WHO, 3 months to 5 years).";
    internal const string SubscapularSkinfoldMmText = "Subscapular skinfold in millimetres (WHO, 3 months to 5 years).";
    internal const string OedemaText = "True if the child has bilateral pitting oedema: weight-based z-scores are then not computed (WHO).";
    internal const string ReferenceText = "Growth reference: \"who\" (default; WHO 2006 standards 0–5 y, WHO 2007 reference 5–19 y) or \"china\" (Zong & Li 2013, 0–18 y, with WS/T 586-2018 / WS/T 456-2014 BMI cut-offs at 6–18 y).";

    [JsonRequired]
    [Description(SexText)]
    public Sex? Sex { get; init; }

    [Description(AgeDaysText)]
    public double? AgeDays { get; init; }

    [Description(AgeMonthsText)]
    public double? AgeMonths { get; init; }

    [Description(BirthDateText)]
    public DateOnly? BirthDate { get; init; }

    [Description(MeasureDateText)]
    public DateOnly? MeasureDate { get; init; }

    [Description(WeightKgText)]
    public double? WeightKg { get; init; }

    [Description(HeightCmText)]
    public double? HeightCm { get; init; }

    [Description(MeasuredText)]
    public MeasurementPosition? Measured { get; init; }

    [Description(HeadCircumferenceCmText)]
    public double? HeadCircumferenceCm { get; init; }

    [Description(MuacCmText)]
    public double? MuacCm { get; init; }

    [Description(TricepsSkinfoldMmText)]
    public double? TricepsSkinfoldMm { get; init; }

    [Description(SubscapularSkinfoldMmText)]
    public double? SubscapularSkinfoldMm { get; init; }

    [Description(OedemaText)]
    public bool? Oedema { get; init; }

    [Description(ReferenceText)]
    public GrowthReference? Reference { get; init; }
}
