namespace AgentHost.Clinical.Valve;

/// <summary>Aortic and primary mitral regurgitation severity, stage, surveillance and triggers (CLINICAL.md §B1–B3).</summary>
internal static class RegurgitationGrader
{
    public static LesionAssessment AssessAorticRegurgitation(EchoMeasurements m)
    {
        var criteria = new List<string>();
        var grades = new List<ValveSeverity>();

        void Grade(string field, double? value, double mildBelow, double severeAtLeast, bool severeStrictlyAbove, string ranges)
        {
            if (value is not { } v)
            {
                return;
            }

            var severe = severeStrictlyAbove ? v > severeAtLeast : v >= severeAtLeast;
            var grade = severe ? ValveSeverity.Severe : v < mildBelow ? ValveSeverity.Mild : ValveSeverity.Moderate;
            grades.Add(grade);
            criteria.Add($"{field} {InputGuard.Show(v)}: {grade.ToString().ToLowerInvariant()} ({ranges})");
        }

        Grade("vena_contracta_cm", m.VenaContractaCm, 0.3, 0.6, severeStrictlyAbove: true, "mild < 0.3, severe > 0.6");
        Grade("regurgitant_volume_ml", m.RegurgitantVolumeMl, 30, 60, severeStrictlyAbove: false, "mild < 30, severe ≥ 60");
        Grade("regurgitant_fraction_pct", m.RegurgitantFractionPct, 30, 50, severeStrictlyAbove: false, "mild < 30, severe ≥ 50");
        Grade("eroa_cm2", m.EroaCm2, 0.10, 0.3, severeStrictlyAbove: false, "mild < 0.10, severe ≥ 0.3");

        var severity = grades.Max();
        var notes = new List<string>();
        if (grades.Distinct().Count() > 1)
        {
            notes.Add("The parameters disagree; the highest grade is reported. Integrate with the full echo report.");
        }

        var triggers = new List<ClinicalFlag>();
        var lvDysfunction = m.LvefPct is <= 55 || m.LvesdMm is > 50 || m.LvesdIndexedMmM2 is > 25;
        string stage;
        if (severity == ValveSeverity.Severe)
        {
            stage = m.Symptomatic ? "D" : lvDysfunction ? "C2" : "C1";
            if (m.Symptomatic)
            {
                triggers.Add(new ClinicalFlag("severe_ar_with_symptoms", "Symptoms with severe AR: discuss with the Heart Team."));
            }

            if (m.LvefPct is <= 55)
            {
                triggers.Add(new ClinicalFlag("ar_lvef_55_or_less", "LVEF ≤ 55 % with severe AR (ESC 2021 uses ≤ 50 %): discuss with the Heart Team."));
            }

            if (m.LvesdMm is > 50 || m.LvesdIndexedMmM2 is > 25)
            {
                triggers.Add(new ClinicalFlag("ar_lvesd_above_threshold", "LVESD > 50 mm or > 25 mm/m² with severe AR: discuss with the Heart Team."));
            }
        }
        else
        {
            stage = "B";
        }

        return new LesionAssessment(severity, stage, criteria, SurveillanceTable.For(ValveLesion.Ar, severity, null), triggers, notes);
    }

    public static LesionAssessment AssessMitralRegurgitation(EchoMeasurements m, MitralRegurgitationEtiology etiology)
    {
        var criteria = new List<string>();
        var severe = false;

        void Check(string field, double? value, double severeAtLeast)
        {
            if (value is { } v)
            {
                var isSevere = v >= severeAtLeast;
                severe |= isSevere;
                criteria.Add($"{field} {InputGuard.Show(v)}: {(isSevere ? "severe" : "below the severe threshold")} (severe ≥ {InputGuard.Show(severeAtLeast)})");
            }
        }

        Check("vena_contracta_cm", m.VenaContractaCm, 0.7);
        Check("regurgitant_volume_ml", m.RegurgitantVolumeMl, 60);
        Check("regurgitant_fraction_pct", m.RegurgitantFractionPct, 50);
        Check("eroa_cm2", m.EroaCm2, 0.40);

        var severity = severe ? ValveSeverity.Severe : ValveSeverity.NotSevere;
        var notes = new List<string>();
        var triggers = new List<ClinicalFlag>();
        string stage;
        if (!severe)
        {
            stage = "B";
            notes.Add("Only the severe thresholds are encoded; mild and moderate MR are not told apart, so the moderate (shorter) interval is given.");
        }
        else if (etiology == MitralRegurgitationEtiology.Secondary)
        {
            stage = m.Symptomatic ? "D" : "C";
            notes.Add("Secondary MR: severity uses the same ERO ≥ 0.40 cm² threshold (ACC/AHA 2020); the referral triggers below are for primary MR and are not applied.");
        }
        else
        {
            var lvDysfunction = m.LvefPct is <= 60 || m.LvesdMm is >= 40;
            stage = m.Symptomatic ? "D" : lvDysfunction ? "C2" : "C1";
            if (m.Symptomatic)
            {
                triggers.Add(new ClinicalFlag("severe_mr_with_symptoms", "Symptoms with severe primary MR: discuss with the Heart Team."));
            }

            if (m.LvefPct is <= 60)
            {
                triggers.Add(new ClinicalFlag("mr_lvef_60_or_less", "LVEF ≤ 60 % with severe primary MR: discuss with the Heart Team."));
            }

            if (m.LvesdMm is >= 40)
            {
                triggers.Add(new ClinicalFlag("mr_lvesd_40_or_more", "LVESD ≥ 40 mm with severe primary MR: discuss with the Heart Team."));
            }

            if (m.NewAtrialFibrillation)
            {
                triggers.Add(new ClinicalFlag("mr_new_atrial_fibrillation", "New atrial fibrillation with severe primary MR: discuss with the Heart Team."));
            }

            if (m.PaspMmhg is > 50)
            {
                triggers.Add(new ClinicalFlag("mr_pasp_above_50", "PASP > 50 mmHg with severe primary MR: discuss with the Heart Team."));
            }
        }

        return new LesionAssessment(severity, stage, criteria, SurveillanceTable.For(ValveLesion.Mr, severity, null), triggers, notes);
    }
}
