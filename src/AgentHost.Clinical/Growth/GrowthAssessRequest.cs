using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public sealed class GrowthAssessRequest
{
    [JsonRequired]
    [Description("Sex of the child: \"male\" or \"female\".")]
    public Sex? Sex { get; init; }

    [Description("Age in days (decimals are rounded). Give exactly one of age_days, age_months, or birth_date with measure_date.")]
    public double? AgeDays { get; init; }

    [Description("Age in months (1 month = 30.4375 days), e.g. 166.59.")]
    public double? AgeMonths { get; init; }

    [Description("Date of birth, YYYY-MM-DD (with measure_date).")]
    public DateOnly? BirthDate { get; init; }

    [Description("Date of the measurement, YYYY-MM-DD (with birth_date).")]
    public DateOnly? MeasureDate { get; init; }

    [Description("Weight in kilograms.")]
    public double? WeightKg { get; init; }

    [Description("Length or height in centimetres.")]
    public double? HeightCm { get; init; }

    [Description("How length/height was measured: \"recumbent\" (lying) or \"standing\". If omitted: lying under 2 years (WHO) or 3 years (China), standing after.")]
    public MeasurementPosition? Measured { get; init; }

    [Description("Head circumference in centimetres.")]
    public double? HeadCircumferenceCm { get; init; }

    [Description("Mid-upper arm circumference in centimetres (WHO, 3 months to 5 years).")]
    public double? MuacCm { get; init; }

    [Description("Triceps skinfold in millimetres (WHO, 3 months to 5 years).")]
    public double? TricepsSkinfoldMm { get; init; }

    [Description("Subscapular skinfold in millimetres (WHO, 3 months to 5 years).")]
    public double? SubscapularSkinfoldMm { get; init; }

    [Description("True if the child has bilateral pitting oedema: weight-based z-scores are then not computed (WHO).")]
    public bool? Oedema { get; init; }

    [Description("Growth reference: \"who\" (default; WHO 2006 standards 0–5 y, WHO 2007 reference 5–19 y) or \"china\" (Zong & Li 2013, 0–18 y, with WS/T 586-2018 / WS/T 456-2014 BMI cut-offs at 6–18 y).")]
    public GrowthReference? Reference { get; init; }
}
