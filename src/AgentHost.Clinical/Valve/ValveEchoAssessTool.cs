namespace AgentHost.Clinical.Valve;

/// <summary><c>valve_echo_assess</c>: severity, stage, echo interval and referral triggers for one native-valve lesion.</summary>
public sealed class ValveEchoAssessTool : ClinicalTool<ValveEchoRequest, ValveEchoResult>
{
    internal const string Summary =
        "Native heart-valve lesion (AS, AR, MR or MS) from echo values: severity, ACC/AHA 2020 stage, recommended echo "
        + "surveillance interval (ACC/AHA and ESC 2021) and referral triggers met. Quote its numbers and citation.";

    public override string Name => "valve_echo_assess";

    public override string Description => Summary;

    public override ValveEchoResult Evaluate(ValveEchoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lesion = InputGuard.Required(request.Lesion, "lesion", "\"as\", \"ar\", \"mr\" or \"ms\"");
        var m = Validate(request);
        var notes = new List<string>();
        const string Regurgitation = "vena_contracta_cm, regurgitant_volume_ml, regurgitant_fraction_pct or eroa_cm2";
        switch (lesion)
        {
            case ValveLesion.As:
                RequireAny(lesion, "vmax_m_s, mean_gradient_mmhg or ava_cm2", m.VmaxMS, m.MeanGradientMmhg, m.AvaCm2);
                break;
            case ValveLesion.Ar or ValveLesion.Mr:
                RequireAny(lesion, Regurgitation, m.VenaContractaCm, m.RegurgitantVolumeMl, m.RegurgitantFractionPct, m.EroaCm2);
                break;
            default:
                RequireAny(lesion, "mva_cm2 or pressure_half_time_ms", m.MvaCm2, m.PressureHalfTimeMs);
                break;
        }

        var assessment = lesion switch
        {
            ValveLesion.As => AorticStenosisGrader.Assess(m),
            ValveLesion.Ar => RegurgitationGrader.AssessAorticRegurgitation(m),
            ValveLesion.Mr => RegurgitationGrader.AssessMitralRegurgitation(m, request.MrEtiology ?? MitralRegurgitationEtiology.Primary),
            _ => MitralStenosisGrader.Assess(m),
        };

        var triggers = new List<ClinicalFlag>(assessment.Triggers);
        var surveillance = assessment.Surveillance;
        if (m.Symptomatic)
        {
            triggers.Insert(0, new ClinicalFlag("symptoms", "Symptoms (or any change in symptoms): TTE now and clinical review (ACC/AHA Class 1); not a surveillance case."));
            surveillance = null;
        }
        else if (m.LvefPct is < 50 && surveillance is not null)
        {
            notes.Add("The intervals assume normal LV function; with LVEF < 50 % follow-up is individualised and shorter.");
        }

        notes.AddRange(assessment.Notes);
        notes.AddRange(IgnoredFields(lesion, request));
        notes.Add("Mixed valve disease may need shorter intervals than those for single lesions.");
        return new ValveEchoResult
        {
            Lesion = lesion,
            Severity = assessment.Severity,
            Stage = assessment.Stage,
            Criteria = assessment.Criteria,
            Surveillance = surveillance,
            ReferralTriggers = triggers,
            Notes = notes,
            Citation = ValveCitations.Echo,
        };
    }

    private static EchoMeasurements Validate(ValveEchoRequest r)
    {
        var years = InputGuard.InRange(r.YearsSincePreviousEcho, "years_since_previous_echo", 0.1, 30, "years");
        return new EchoMeasurements(
            r.Symptomatic ?? false,
            InputGuard.InRange(r.VmaxMS, "vmax_m_s", 0.5, 8, "m/s", UnitSlip.MetresPerSecond),
            InputGuard.InRange(r.MeanGradientMmhg, "mean_gradient_mmhg", 0, 200, "mmHg"),
            InputGuard.InRange(r.AvaCm2, "ava_cm2", 0.1, 7, "cm²"),
            InputGuard.InRange(r.SviMlM2, "svi_ml_m2", 5, 120, "mL/m²"),
            InputGuard.InRange(r.PreviousVmaxMS, "previous_vmax_m_s", 0.5, 8, "m/s", UnitSlip.MetresPerSecond),
            years,
            InputGuard.InRange(r.VenaContractaCm, "vena_contracta_cm", 0.05, 2, "cm", UnitSlip.Centimetres),
            InputGuard.InRange(r.RegurgitantVolumeMl, "regurgitant_volume_ml", 0, 300, "mL"),
            InputGuard.InRange(r.RegurgitantFractionPct, "regurgitant_fraction_pct", 1, 100, "%", UnitSlip.Percent),
            InputGuard.InRange(r.EroaCm2, "eroa_cm2", 0.01, 3, "cm²"),
            InputGuard.InRange(r.MvaCm2, "mva_cm2", 0.2, 8, "cm²"),
            InputGuard.InRange(r.PressureHalfTimeMs, "pressure_half_time_ms", 20, 500, "ms"),
            InputGuard.InRange(r.LvefPct, "lvef_pct", 5, 90, "%", UnitSlip.Percent),
            InputGuard.InRange(r.LvesdMm, "lvesd_mm", 10, 100, "mm", UnitSlip.Millimetres),
            InputGuard.InRange(r.LvesdIndexedMmM2, "lvesd_indexed_mm_m2", 5, 60, "mm/m²"),
            r.NewAtrialFibrillation ?? false,
            InputGuard.InRange(r.PaspMmhg, "pasp_mmhg", 10, 150, "mmHg"));
    }

    private static void RequireAny(ValveLesion lesion, string names, params double?[] values)
    {
        if (values.All(v => v is null))
        {
            throw new ClinicalInputException(
                names.Split(',')[0].Trim(), $"lesion \"{lesion.ToString().ToLowerInvariant()}\" needs at least one of {names}");
        }
    }

    private static IEnumerable<string> IgnoredFields(ValveLesion lesion, ValveEchoRequest r)
    {
        var given = new (string Name, bool Present, ValveLesion[] UsedBy)[]
        {
            ("vmax_m_s", r.VmaxMS is not null, [ValveLesion.As]),
            ("mean_gradient_mmhg", r.MeanGradientMmhg is not null, [ValveLesion.As]),
            ("ava_cm2", r.AvaCm2 is not null, [ValveLesion.As]),
            ("svi_ml_m2", r.SviMlM2 is not null, [ValveLesion.As]),
            ("previous_vmax_m_s", r.PreviousVmaxMS is not null, [ValveLesion.As]),
            ("vena_contracta_cm", r.VenaContractaCm is not null, [ValveLesion.Ar, ValveLesion.Mr]),
            ("regurgitant_volume_ml", r.RegurgitantVolumeMl is not null, [ValveLesion.Ar, ValveLesion.Mr]),
            ("regurgitant_fraction_pct", r.RegurgitantFractionPct is not null, [ValveLesion.Ar, ValveLesion.Mr]),
            ("eroa_cm2", r.EroaCm2 is not null, [ValveLesion.Ar, ValveLesion.Mr]),
            ("mr_etiology", r.MrEtiology is not null, [ValveLesion.Mr]),
            ("mva_cm2", r.MvaCm2 is not null, [ValveLesion.Ms]),
            ("pressure_half_time_ms", r.PressureHalfTimeMs is not null, [ValveLesion.Ms]),
            ("lvesd_indexed_mm_m2", r.LvesdIndexedMmM2 is not null, [ValveLesion.Ar]),
            ("new_atrial_fibrillation", r.NewAtrialFibrillation is not null, [ValveLesion.Mr]),
            ("pasp_mmhg", r.PaspMmhg is not null, [ValveLesion.Mr]),
        };
        var ignored = given.Where(g => g.Present && !g.UsedBy.Contains(lesion)).Select(g => g.Name).ToList();
        if (ignored.Count > 0)
        {
            yield return $"Not used for {lesion.ToString().ToUpperInvariant()}: {string.Join(", ", ignored)}.";
        }
    }
}
