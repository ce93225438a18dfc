using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

public sealed class InrCheckRequest
{
    internal const string PositionText = "Position of the mechanical valve: \"aortic\", \"mitral\", \"tricuspid\" or \"multiple\".";
    internal const string ProsthesisModelText = "Prosthesis model (gives the thrombogenicity), e.g. \"st_jude_medical\", \"on_x\", \"starr_edwards\", \"other_bileaflet\".";
    internal const string ThrombogenicityText = "Prosthesis thrombogenicity (ESC 2021 Table 10): \"low\", \"medium\" or \"high\"; give this or prosthesis_model.";
    internal const string AtrialFibrillationText = "Atrial fibrillation.";
    internal const string PreviousThromboembolismText = "Previous thromboembolism.";
    internal const string MitralStenosisText = "Any mitral stenosis.";
    internal const string LvefPctText = "Left-ventricular ejection fraction, %.";
    internal const string HypercoagulableStateText = "Hypercoagulable state (an ACC/AHA risk factor).";
    internal const string MonthsSinceImplantText = "Months since the valve was implanted (the On-X aortic target applies from 3 months).";
    internal const string ReadingsText = "INR readings with dates; the latest is evaluated.";
    internal const string BleedingText = "Any bleeding now.";
    internal const string SymptomsText = "Urgent symptoms now, e.g. \"syncope\", \"chest_pain\", \"new_dyspnoea\", \"embolic_signs\", \"valve_click_change\", \"fever\", \"melaena\", \"head_injury\".";
    internal const string GuidelineText = "Guideline whose target range the readings are judged against: \"esc_2021\" (default) or \"acc_aha_2020\".";

    [JsonRequired]
    [Description(PositionText)]
    public ValvePosition? Position { get; init; }

    [Description(ProsthesisModelText)]
    public ProsthesisModel? ProsthesisModel { get; init; }

    [Description(ThrombogenicityText)]
    public Thrombogenicity? Thrombogenicity { get; init; }

    [Description(AtrialFibrillationText)]
    public bool? AtrialFibrillation { get; init; }

    [Description(PreviousThromboembolismText)]
    public bool? PreviousThromboembolism { get; init; }

    [Description(MitralStenosisText)]
    public bool? MitralStenosis { get; init; }

    [Description(LvefPctText)]
    public double? LvefPct { get; init; }

    [Description(HypercoagulableStateText)]
    public bool? HypercoagulableState { get; init; }

    [Description(MonthsSinceImplantText)]
    public double? MonthsSinceImplant { get; init; }

    [JsonRequired]
    [Description(ReadingsText)]
    public IReadOnlyList<InrReading>? Readings { get; init; }

    [Description(BleedingText)]
    public bool? Bleeding { get; init; }

    [Description(SymptomsText)]
    public IReadOnlyList<UrgentSymptom>? Symptoms { get; init; }

    [Description(GuidelineText)]
    public InrGuideline? Guideline { get; init; }
}
