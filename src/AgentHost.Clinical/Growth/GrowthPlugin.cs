using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace AgentHost.Clinical.Growth;

/// <summary>
/// The growth tools as Semantic Kernel functions. Parameter names are the snake_case JSON argument names, so the
/// schema a model sees here is the one <see cref="ClinicalToolCatalog"/> publishes.
/// </summary>
public sealed class GrowthPlugin
{
    private readonly GrowthAssessTool _growthAssess = new();
    private readonly MidParentalHeightTool _midParentalHeight = new();
    private readonly GrowthVelocityTool _growthVelocity = new();

    [KernelFunction("growth_assess")]
    [Description(GrowthAssessTool.Summary)]
    public GrowthAssessResult GrowthAssess(
        [Description(GrowthAssessRequest.SexText)] Sex sex,
        [Description(GrowthAssessRequest.AgeDaysText)] double? age_days = null,
        [Description(GrowthAssessRequest.AgeMonthsText)] double? age_months = null,
        [Description(GrowthAssessRequest.BirthDateText)] DateOnly? birth_date = null,
        [Description(GrowthAssessRequest.MeasureDateText)] DateOnly? measure_date = null,
        [Description(GrowthAssessRequest.WeightKgText)] double? weight_kg = null,
        [Description(GrowthAssessRequest.HeightCmText)] double? height_cm = null,
        [Description(GrowthAssessRequest.MeasuredText)] MeasurementPosition? measured = null,
        [Description(GrowthAssessRequest.HeadCircumferenceCmText)] double? head_circumference_cm = null,
        [Description(GrowthAssessRequest.MuacCmText)] double? muac_cm = null,
        [Description(GrowthAssessRequest.TricepsSkinfoldMmText)] double? triceps_skinfold_mm = null,
        [Description(GrowthAssessRequest.SubscapularSkinfoldMmText)] double? subscapular_skinfold_mm = null,
        [Description(GrowthAssessRequest.OedemaText)] bool? oedema = null,
        [Description(GrowthAssessRequest.ReferenceText)] GrowthReference? reference = null) =>
        _growthAssess.Evaluate(new GrowthAssessRequest
        {
            Sex = sex,
            AgeDays = age_days,
            AgeMonths = age_months,
            BirthDate = birth_date,
            MeasureDate = measure_date,
            WeightKg = weight_kg,
            HeightCm = height_cm,
            Measured = measured,
            HeadCircumferenceCm = head_circumference_cm,
            MuacCm = muac_cm,
            TricepsSkinfoldMm = triceps_skinfold_mm,
            SubscapularSkinfoldMm = subscapular_skinfold_mm,
            Oedema = oedema,
            Reference = reference,
        });

    [KernelFunction("mid_parental_height")]
    [Description(MidParentalHeightTool.Summary)]
    public MidParentalHeightResult MidParentalHeight(
        [Description(MidParentalHeightRequest.FatherHeightCmText)] double father_height_cm,
        [Description(MidParentalHeightRequest.MotherHeightCmText)] double mother_height_cm,
        [Description(MidParentalHeightRequest.SexText)] Sex? sex = null) =>
        _midParentalHeight.Evaluate(new MidParentalHeightRequest
        {
            FatherHeightCm = father_height_cm,
            MotherHeightCm = mother_height_cm,
            Sex = sex,
        });

    [KernelFunction("growth_velocity")]
    [Description(GrowthVelocityTool.Summary)]
    public GrowthVelocityResult GrowthVelocity(
        [Description(GrowthVelocityRequest.BirthDateText)] DateOnly birth_date,
        [Description(GrowthVelocityRequest.MeasurementsText)] IReadOnlyList<HeightMeasurement> measurements,
        [Description(GrowthVelocityRequest.PubertyStartedText)] bool? puberty_started = null,
        [Description(GrowthVelocityRequest.SexText)] Sex? sex = null) =>
        _growthVelocity.Evaluate(new GrowthVelocityRequest
        {
            BirthDate = birth_date,
            Measurements = measurements,
            PubertyStarted = puberty_started,
            Sex = sex,
        });
}
