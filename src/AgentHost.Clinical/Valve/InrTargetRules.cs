namespace AgentHost.Clinical.Valve;

/// <summary>Target INR for a mechanical valve: ESC/EACTS 2021 Table 10 and ACC/AHA 2020 (CLINICAL.md §B4).</summary>
internal static class InrTargetRules
{
    // ESC aims at one median value; ±0.5 is the band the design rule alerts outside (and ACC/AHA's range width).
    private const double HalfRange = 0.5;

    public static Thrombogenicity ThrombogenicityOf(ProsthesisModel model) => model switch
    {
        ProsthesisModel.Carbomedics or ProsthesisModel.MedtronicHall or ProsthesisModel.Ats
            or ProsthesisModel.MedtronicOpenPivot or ProsthesisModel.StJudeMedical or ProsthesisModel.SorinBicarbon => Thrombogenicity.Low,
        ProsthesisModel.LilleheiKaster or ProsthesisModel.Omniscience or ProsthesisModel.StarrEdwards
            or ProsthesisModel.BjorkShiley or ProsthesisModel.OtherTiltingDisc => Thrombogenicity.High,

        // On-X is not in CLINICAL.md's ESC low-thrombogenicity list, so it counts as "other bileaflet".
        _ => Thrombogenicity.Medium,
    };

    public static IReadOnlyList<string> EscRiskFactors(InrPatient p)
    {
        var factors = new List<string>();
        if (p.MitralOrTricuspid)
        {
            factors.Add("mitral_or_tricuspid_replacement");
        }

        if (p.PreviousThromboembolism)
        {
            factors.Add("previous_thromboembolism");
        }

        if (p.AtrialFibrillation)
        {
            factors.Add("atrial_fibrillation");
        }

        if (p.MitralStenosis)
        {
            factors.Add("mitral_stenosis");
        }

        if (p.LowEjectionFraction)
        {
            factors.Add("lvef_below_35");
        }

        return factors;
    }

    public static InrTarget Esc(InrPatient p)
    {
        var riskFactor = EscRiskFactors(p).Count > 0;
        var target = (p.Thrombogenicity, riskFactor) switch
        {
            (Thrombogenicity.Low, false) => 2.5,
            (Thrombogenicity.Low, true) => 3.0,
            (Thrombogenicity.Medium, false) => 3.0,
            (Thrombogenicity.Medium, true) => 3.5,
            (Thrombogenicity.High, false) => 3.5,
            _ => 4.0,
        };
        var basis = $"ESC/EACTS 2021 Table 10: {p.Thrombogenicity.ToString().ToLowerInvariant()} thrombogenicity, "
            + (riskFactor ? "≥ 1 patient risk factor" : "no patient risk factor")
            + "; ESC aims at this median value (range shown is target ± 0.5)";
        return new InrTarget(target, target - HalfRange, target + HalfRange, basis);
    }

    public static InrTarget? AccAha(InrPatient p, List<string> notes)
    {
        if (p.Position == ValvePosition.Tricuspid)
        {
            notes.Add("ACC/AHA 2020 target for a mechanical tricuspid valve is not encoded (not in CLINICAL.md); use the ESC target.");
            return null;
        }

        if (p.MitralOrTricuspid)
        {
            return new InrTarget(3.0, 2.5, 3.5, "ACC/AHA 2020: mechanical mitral valve, INR 3.0 (2.5–3.5)");
        }

        var accRiskFactor = p.AtrialFibrillation || p.PreviousThromboembolism || p.LowEjectionFraction || p.HypercoagulableState;
        if (accRiskFactor || p.Thrombogenicity == Thrombogenicity.High)
        {
            return new InrTarget(3.0, 2.5, 3.5,
                "ACC/AHA 2020: mechanical aortic valve with AF, previous thromboembolism, LV dysfunction, hypercoagulable state or an older-generation valve, INR 3.0 (2.5–3.5)");
        }

        if (p.Model == ProsthesisModel.OnX)
        {
            if (p.MonthsSinceImplant is >= 3)
            {
                notes.Add("On-X aortic valve: ACC/AHA adds aspirin 75–100 mg daily with the lower INR target (class 2b).");
                return new InrTarget(1.75, 1.5, 2.0, "ACC/AHA 2020: On-X aortic valve without risk factors, ≥ 3 months after surgery, INR 1.5–2.0");
            }

            notes.Add("On-X aortic valve: the lower ACC/AHA target (1.5–2.0) applies only from 3 months after surgery; give months_since_implant to use it.");
        }

        return new InrTarget(2.5, 2.0, 3.0, "ACC/AHA 2020: mechanical aortic valve (bileaflet or current tilting-disc) without risk factors, INR 2.5 (2.0–3.0)");
    }
}
