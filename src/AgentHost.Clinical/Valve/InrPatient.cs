namespace AgentHost.Clinical.Valve;

/// <summary>Validated valve and risk-factor facts that decide the INR target.</summary>
internal sealed record InrPatient(
    ValvePosition Position,
    ProsthesisModel? Model,
    Thrombogenicity Thrombogenicity,
    bool AtrialFibrillation,
    bool PreviousThromboembolism,
    bool MitralStenosis,
    double? LvefPct,
    bool HypercoagulableState,
    double? MonthsSinceImplant)
{
    // ESC Table 10 counts LVEF < 35 %; ACC/AHA's "LV dysfunction" is read the same way (CLINICAL.md gives no number for it).
    public bool LowEjectionFraction => LvefPct is < 35;

    public bool MitralOrTricuspid => Position is not ValvePosition.Aortic;
}
