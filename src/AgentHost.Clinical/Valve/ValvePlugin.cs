using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace AgentHost.Clinical.Valve;

/// <summary>
/// The heart-valve tools as Semantic Kernel functions. Parameter names are the snake_case JSON argument names, so
/// the schema a model sees here is the one <see cref="ClinicalToolCatalog"/> publishes.
/// </summary>
public sealed class ValvePlugin
{
    private readonly ValveEchoAssessTool _valveEchoAssess = new();
    private readonly InrCheckTool _inrCheck = new();

    [KernelFunction("valve_echo_assess")]
    [Description(ValveEchoAssessTool.Summary)]
    public ValveEchoResult ValveEchoAssess(
        [Description(ValveEchoRequest.LesionText)] ValveLesion lesion,
        [Description(ValveEchoRequest.SymptomaticText)] bool? symptomatic = null,
        [Description(ValveEchoRequest.VmaxMSText)] double? vmax_m_s = null,
        [Description(ValveEchoRequest.MeanGradientMmhgText)] double? mean_gradient_mmhg = null,
        [Description(ValveEchoRequest.AvaCm2Text)] double? ava_cm2 = null,
        [Description(ValveEchoRequest.SviMlM2Text)] double? svi_ml_m2 = null,
        [Description(ValveEchoRequest.PreviousVmaxMSText)] double? previous_vmax_m_s = null,
        [Description(ValveEchoRequest.YearsSincePreviousEchoText)] double? years_since_previous_echo = null,
        [Description(ValveEchoRequest.VenaContractaCmText)] double? vena_contracta_cm = null,
        [Description(ValveEchoRequest.RegurgitantVolumeMlText)] double? regurgitant_volume_ml = null,
        [Description(ValveEchoRequest.RegurgitantFractionPctText)] double? regurgitant_fraction_pct = null,
        [Description(ValveEchoRequest.EroaCm2Text)] double? eroa_cm2 = null,
        [Description(ValveEchoRequest.MrEtiologyText)] MitralRegurgitationEtiology? mr_etiology = null,
        [Description(ValveEchoRequest.MvaCm2Text)] double? mva_cm2 = null,
        [Description(ValveEchoRequest.PressureHalfTimeMsText)] double? pressure_half_time_ms = null,
        [Description(ValveEchoRequest.LvefPctText)] double? lvef_pct = null,
        [Description(ValveEchoRequest.LvesdMmText)] double? lvesd_mm = null,
        [Description(ValveEchoRequest.LvesdIndexedMmM2Text)] double? lvesd_indexed_mm_m2 = null,
        [Description(ValveEchoRequest.NewAtrialFibrillationText)] bool? new_atrial_fibrillation = null,
        [Description(ValveEchoRequest.PaspMmhgText)] double? pasp_mmhg = null) =>
        _valveEchoAssess.Evaluate(new ValveEchoRequest
        {
            Lesion = lesion,
            Symptomatic = symptomatic,
            VmaxMS = vmax_m_s,
            MeanGradientMmhg = mean_gradient_mmhg,
            AvaCm2 = ava_cm2,
            SviMlM2 = svi_ml_m2,
            PreviousVmaxMS = previous_vmax_m_s,
            YearsSincePreviousEcho = years_since_previous_echo,
            VenaContractaCm = vena_contracta_cm,
            RegurgitantVolumeMl = regurgitant_volume_ml,
            RegurgitantFractionPct = regurgitant_fraction_pct,
            EroaCm2 = eroa_cm2,
            MrEtiology = mr_etiology,
            MvaCm2 = mva_cm2,
            PressureHalfTimeMs = pressure_half_time_ms,
            LvefPct = lvef_pct,
            LvesdMm = lvesd_mm,
            LvesdIndexedMmM2 = lvesd_indexed_mm_m2,
            NewAtrialFibrillation = new_atrial_fibrillation,
            PaspMmhg = pasp_mmhg,
        });

    [KernelFunction("inr_check")]
    [Description(InrCheckTool.Summary)]
    public InrCheckResult InrCheck(
        [Description(InrCheckRequest.PositionText)] ValvePosition position,
        [Description(InrCheckRequest.ReadingsText)] IReadOnlyList<InrReading> readings,
        [Description(InrCheckRequest.ProsthesisModelText)] ProsthesisModel? prosthesis_model = null,
        [Description(InrCheckRequest.ThrombogenicityText)] Thrombogenicity? thrombogenicity = null,
        [Description(InrCheckRequest.AtrialFibrillationText)] bool? atrial_fibrillation = null,
        [Description(InrCheckRequest.PreviousThromboembolismText)] bool? previous_thromboembolism = null,
        [Description(InrCheckRequest.MitralStenosisText)] bool? mitral_stenosis = null,
        [Description(InrCheckRequest.LvefPctText)] double? lvef_pct = null,
        [Description(InrCheckRequest.HypercoagulableStateText)] bool? hypercoagulable_state = null,
        [Description(InrCheckRequest.MonthsSinceImplantText)] double? months_since_implant = null,
        [Description(InrCheckRequest.BleedingText)] bool? bleeding = null,
        [Description(InrCheckRequest.SymptomsText)] IReadOnlyList<UrgentSymptom>? symptoms = null,
        [Description(InrCheckRequest.GuidelineText)] InrGuideline? guideline = null) =>
        _inrCheck.Evaluate(new InrCheckRequest
        {
            Position = position,
            ProsthesisModel = prosthesis_model,
            Thrombogenicity = thrombogenicity,
            AtrialFibrillation = atrial_fibrillation,
            PreviousThromboembolism = previous_thromboembolism,
            MitralStenosis = mitral_stenosis,
            LvefPct = lvef_pct,
            HypercoagulableState = hypercoagulable_state,
            MonthsSinceImplant = months_since_implant,
            Readings = readings,
            Bleeding = bleeding,
            Symptoms = symptoms,
            Guideline = guideline,
        });
}
