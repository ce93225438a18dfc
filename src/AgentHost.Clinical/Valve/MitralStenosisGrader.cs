namespace AgentHost.Clinical.Valve;

/// <summary>Mitral stenosis severity and surveillance (CLINICAL.md §B1–B2).</summary>
internal static class MitralStenosisGrader
{
    public static LesionAssessment Assess(EchoMeasurements m)
    {
        var criteria = new List<string>();
        var notes = new List<string>();
        bool severe;
        if (m.MvaCm2 is { } mva)
        {
            severe = mva <= 1.5;
            criteria.Add($"mva_cm2 {InputGuard.Show(mva)}: {(severe ? "severe" : "not severe")} (severe ≤ 1.5)");
            if (m.PressureHalfTimeMs is { } pht)
            {
                criteria.Add($"pressure_half_time_ms {InputGuard.Show(pht)}: {(pht >= 150 ? "consistent with severe" : "below the severe range")} (severe ≥ 150)");
            }
        }
        else
        {
            var pht = m.PressureHalfTimeMs!.Value;
            severe = pht >= 150;
            criteria.Add($"pressure_half_time_ms {InputGuard.Show(pht)}: {(severe ? "severe" : "not severe")} (severe ≥ 150)");
            notes.Add("Graded on pressure half-time alone; the surveillance interval needs the valve area (MVA).");
        }

        var severity = severe ? ValveSeverity.Severe : ValveSeverity.Mild;
        var triggers = new List<ClinicalFlag>();
        if (severe && m.Symptomatic)
        {
            triggers.Add(new ClinicalFlag("severe_ms_with_symptoms", "Symptoms with severe MS: discuss with the Heart Team."));
        }

        var surveillance = m.MvaCm2 is null && severe ? null : SurveillanceTable.For(ValveLesion.Ms, severity, m.MvaCm2);
        return new LesionAssessment(severity, severe ? (m.Symptomatic ? "D" : "C") : "B", criteria, surveillance, triggers, notes);
    }
}
