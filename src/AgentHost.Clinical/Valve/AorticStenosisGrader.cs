namespace AgentHost.Clinical.Valve;

/// <summary>Aortic stenosis severity, ACC/AHA 2020 stage, surveillance and referral triggers (CLINICAL.md §B1–B3).</summary>
internal static class AorticStenosisGrader
{
    public static LesionAssessment Assess(EchoMeasurements m)
    {
        var criteria = new List<string>();
        var notes = new List<string>();
        var triggers = new List<ClinicalFlag>();
        ValveSeverity? severity = null;

        if (m.VmaxMS is { } vmax)
        {
            var grade = vmax >= 5 ? ValveSeverity.VerySevere
                : vmax >= 4 ? ValveSeverity.Severe
                : vmax >= 3 ? ValveSeverity.Moderate
                : vmax >= 2 ? ValveSeverity.Mild
                : ValveSeverity.BelowMild;
            criteria.Add($"vmax_m_s {InputGuard.Show(vmax)}: {Describe(grade)} (mild 2.0–2.9, moderate 3.0–3.9, severe ≥ 4.0, very severe ≥ 5.0)");
            severity = Max(severity, grade);
        }

        if (m.MeanGradientMmhg is { } mean)
        {
            var grade = mean >= 60 ? ValveSeverity.VerySevere
                : mean >= 40 ? ValveSeverity.Severe
                : mean >= 20 ? ValveSeverity.Moderate
                : ValveSeverity.Mild;
            criteria.Add($"mean_gradient_mmhg {InputGuard.Show(mean)}: {Describe(grade)} (mild < 20, moderate 20–39, severe ≥ 40, very severe ≥ 60)");
            severity = Max(severity, grade);
        }

        var smallArea = m.AvaCm2 is <= 1.0;
        if (m.AvaCm2 is { } ava)
        {
            criteria.Add($"ava_cm2 {InputGuard.Show(ava)}: {(smallArea ? "in the severe range (≤ 1.0)" : "above the severe range (> 1.0)")}");
        }

        var highGradientSevere = severity is ValveSeverity.Severe or ValveSeverity.VerySevere;
        string? stage = null;
        if (severity is null)
        {
            // Only the valve area was given.
            severity = smallArea ? ValveSeverity.Severe : ValveSeverity.NotSevere;
            notes.Add("Graded on valve area alone; confirm with peak velocity and mean gradient.");
        }
        else if (smallArea && !highGradientSevere)
        {
            if (m.Symptomatic && m.LvefPct is >= 50 && m.SviMlM2 is < 35)
            {
                severity = ValveSeverity.Severe;
                stage = "D3";
                criteria.Add("AVA ≤ 1.0 cm² with SVi < 35 mL/m² and LVEF ≥ 50 %: paradoxical low-flow, low-gradient severe AS (D3)");
            }
            else
            {
                notes.Add("Discordant grading: AVA ≤ 1.0 cm² with a non-severe gradient. Low-flow, low-gradient severe AS is possible; needs expert assessment (flow, LVEF, further imaging).");
                triggers.Add(new ClinicalFlag("discordant_as_grading", "AVA ≤ 1.0 cm² with a non-severe gradient: discuss with the Heart Team / imaging specialist."));
            }
        }

        var isSevere = severity is ValveSeverity.Severe or ValveSeverity.VerySevere;
        stage ??= severity switch
        {
            ValveSeverity.Mild or ValveSeverity.Moderate => "B",
            _ when isSevere && m.Symptomatic => "D1",
            _ when isSevere && m.LvefPct is < 50 => "C2",
            _ when isSevere => "C1",
            _ => null,
        };

        if (m.Symptomatic && isSevere)
        {
            triggers.Add(new ClinicalFlag("severe_as_with_symptoms", "Symptoms with severe AS: discuss with the Heart Team (intervention indicated)."));
        }

        if (m.LvefPct is < 50)
        {
            triggers.Add(new ClinicalFlag("as_lvef_below_50", "LVEF < 50 % with AS: discuss with the Heart Team (ACC/AHA 2020)."));
        }
        else if (isSevere && m.LvefPct is < 55)
        {
            triggers.Add(new ClinicalFlag("as_lvef_below_55_esc", "LVEF < 55 % with severe AS: ESC 2021 IIa indication; discuss with the Heart Team."));
        }

        if (m.VmaxMS is >= 5)
        {
            triggers.Add(new ClinicalFlag("as_vmax_5_or_more", "Vmax ≥ 5 m/s (very severe AS; ESC 2021 uses > 5.5 m/s): discuss with the Heart Team."));
        }

        if (m.VmaxMS is { } now && m.PreviousVmaxMS is { } before && m.YearsSincePreviousEcho is { } years)
        {
            var perYear = (now - before) / years;
            criteria.Add($"Vmax change {InputGuard.Show(Math.Round(perYear, 2))} m/s per year");
            if (perYear >= 0.3)
            {
                triggers.Add(new ClinicalFlag("as_rapid_progression", "Vmax rising ≥ 0.3 m/s per year: discuss with the Heart Team."));
            }
        }
        else if (m.PreviousVmaxMS is not null || m.YearsSincePreviousEcho is not null)
        {
            notes.Add("Progression needs vmax_m_s, previous_vmax_m_s and years_since_previous_echo together; not assessed.");
        }

        if (severity == ValveSeverity.BelowMild)
        {
            notes.Add("Peak velocity below 2.0 m/s: below the mild AS range.");
        }

        notes.Add("BNP and exercise-test triggers (BNP > 3× normal, abnormal exercise test) are not assessed by this tool.");
        return new LesionAssessment(severity.Value, stage, criteria, SurveillanceTable.For(ValveLesion.As, severity.Value, null), triggers, notes);
    }

    private static ValveSeverity Max(ValveSeverity? current, ValveSeverity grade) =>
        current is { } c && c > grade ? c : grade;

    private static string Describe(ValveSeverity grade) => grade switch
    {
        ValveSeverity.BelowMild => "below mild",
        ValveSeverity.VerySevere => "very severe",
        _ => grade.ToString().ToLowerInvariant(),
    };
}
