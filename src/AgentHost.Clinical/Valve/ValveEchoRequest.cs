using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

public sealed class ValveEchoRequest
{
    internal const string LesionText = "Valve lesion: \"as\" (aortic stenosis), \"ar\" (aortic regurgitation), \"mr\" (mitral regurgitation) or \"ms\" (mitral stenosis).";
    internal const string SymptomaticText = "True if the patient has symptoms attributable to the valve (or any change in symptoms).";
    internal const string VmaxMSText = "AS: peak aortic jet velocity, m/s.";
    internal const string MeanGradientMmhgText = "AS (or MS): mean transvalvular gradient, mmHg.";
    internal const string AvaCm2Text = "AS: aortic valve area, cm².";
    internal const string SviMlM2Text = "AS: stroke volume index, mL/m² (for paradoxical low-flow AS).";
    internal const string PreviousVmaxMSText = "AS: peak velocity at the previous echo, m/s (with years_since_previous_echo, to measure progression).";
    internal const string YearsSincePreviousEchoText = "Years between the previous echo and this one.";
    internal const string VenaContractaCmText = "AR/MR: vena contracta width, cm.";
    internal const string RegurgitantVolumeMlText = "AR/MR: regurgitant volume, mL per beat.";
    internal const string RegurgitantFractionPctText = "AR/MR: regurgitant fraction, %.";
    internal const string EroaCm2Text = "AR/MR: effective regurgitant orifice area, cm².";
    internal const string MrEtiologyText = "MR: \"primary\" (default) or \"secondary\".";
    internal const string MvaCm2Text = "MS: mitral valve area, cm².";
    internal const string PressureHalfTimeMsText = "MS: pressure half-time, ms.";
    internal const string LvefPctText = "Left-ventricular ejection fraction, %.";
    internal const string LvesdMmText = "Left-ventricular end-systolic diameter, mm.";
    internal const string LvesdIndexedMmM2Text = "AR: LV end-systolic diameter indexed to body surface area, mm/m².";
    internal const string NewAtrialFibrillationText = "MR: new atrial fibrillation.";
    internal const string PaspMmhgText = "MR: pulmonary artery systolic pressure, mmHg.";

    [JsonRequired]
    [Description(LesionText)]
    public ValveLesion? Lesion { get; init; }

    [Description(SymptomaticText)]
    public bool? Symptomatic { get; init; }

    [Description(VmaxMSText)]
    [JsonPropertyName("vmax_m_s")]
    public double? VmaxMS { get; init; }

    [Description(MeanGradientMmhgText)]
    public double? MeanGradientMmhg { get; init; }

    [Description(AvaCm2Text)]
    public double? AvaCm2 { get; init; }

    [Description(SviMlM2Text)]
    public double? SviMlM2 { get; init; }

    [Description(PreviousVmaxMSText)]
    [JsonPropertyName("previous_vmax_m_s")]
    public double? PreviousVmaxMS { get; init; }

    [Description(YearsSincePreviousEchoText)]
    public double? YearsSincePreviousEcho { get; init; }

    [Description(VenaContractaCmText)]
    public double? VenaContractaCm { get; init; }

    [Description(RegurgitantVolumeMlText)]
    public double? RegurgitantVolumeMl { get; init; }

    [Description(RegurgitantFractionPctText)]
    public double? RegurgitantFractionPct { get; init; }

    [Description(EroaCm2Text)]
    public double? EroaCm2 { get; init; }

    [Description(MrEtiologyText)]
    public MitralRegurgitationEtiology? MrEtiology { get; init; }

    [Description(MvaCm2Text)]
    public double? MvaCm2 { get; init; }

    [Description(PressureHalfTimeMsText)]
    public double? PressureHalfTimeMs { get; init; }

    [Description(LvefPctText)]
    public double? LvefPct { get; init; }

    [Description(LvesdMmText)]
    public double? LvesdMm { get; init; }

    [Description(LvesdIndexedMmM2Text)]
    public double? LvesdIndexedMmM2 { get; init; }

    [Description(NewAtrialFibrillationText)]
    public bool? NewAtrialFibrillation { get; init; }

    [Description(PaspMmhgText)]
    public double? PaspMmhg { get; init; }
}
