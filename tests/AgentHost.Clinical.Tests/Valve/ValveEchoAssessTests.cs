using AgentHost.Clinical.Valve;

namespace AgentHost.Clinical.Tests.Valve;

/// <summary>CLINICAL.md §B1–B3: severity, stage, surveillance interval and referral triggers.</summary>
public sealed class ValveEchoAssessTests
{
    private readonly ValveEchoAssessTool _tool = new();

    [Theory]
    [InlineData(2.5, ValveSeverity.Mild, "B", "every 3–5 years", 36, 60)]
    [InlineData(3.5, ValveSeverity.Moderate, "B", "every 1–2 years", 12, 24)]
    [InlineData(4.2, ValveSeverity.Severe, "C1", "every 6–12 months", 6, 12)]
    public void Aortic_stenosis_intervals_follow_the_ACC_AHA_table(double vmax, ValveSeverity severity, string stage, string interval, int min, int max)
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = vmax, LvefPct = 60 });

        Assert.Equal(severity, result.Severity);
        Assert.Equal(stage, result.Stage);
        Assert.Equal(interval, result.Surveillance!.AccAha);
        Assert.Equal(min, result.Surveillance.MinMonths);
        Assert.Equal(max, result.Surveillance.MaxMonths);
    }

    [Fact]
    public void Severe_AS_carries_the_ESC_six_monthly_interval()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 4.1 });

        Assert.Equal("at least every 6 months", result.Surveillance!.Esc);
    }

    [Fact]
    public void The_worse_of_velocity_and_gradient_grades_AS()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 3.6, MeanGradientMmhg = 42 });

        Assert.Equal(ValveSeverity.Severe, result.Severity);
        Assert.Equal(2, result.Criteria.Count);
    }

    [Fact]
    public void Severe_AS_with_low_ejection_fraction_is_C2_and_a_referral()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 4.4, LvefPct = 45 });

        Assert.Equal("C2", result.Stage);
        Assert.Contains(result.ReferralTriggers, t => t.Code == "as_lvef_below_50");
    }

    [Fact]
    public void Symptomatic_severe_AS_is_D1_referred_and_not_put_on_surveillance()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 4.4, Symptomatic = true });

        Assert.Equal("D1", result.Stage);
        Assert.Null(result.Surveillance);
        Assert.Contains(result.ReferralTriggers, t => t.Code == "symptoms");
        Assert.Contains(result.ReferralTriggers, t => t.Code == "severe_as_with_symptoms");
    }

    [Fact]
    public void Very_severe_AS_and_rapid_progression_are_triggers()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 5.1, PreviousVmaxMS = 4.6, YearsSincePreviousEcho = 1 });

        Assert.Equal(ValveSeverity.VerySevere, result.Severity);
        Assert.Contains(result.ReferralTriggers, t => t.Code == "as_vmax_5_or_more");
        Assert.Contains(result.ReferralTriggers, t => t.Code == "as_rapid_progression");
    }

    [Fact]
    public void Paradoxical_low_flow_AS_is_D3()
    {
        var result = _tool.Evaluate(new ValveEchoRequest
        {
            Lesion = ValveLesion.As, VmaxMS = 3.4, MeanGradientMmhg = 30, AvaCm2 = 0.8, SviMlM2 = 30, LvefPct = 60, Symptomatic = true,
        });

        Assert.Equal(ValveSeverity.Severe, result.Severity);
        Assert.Equal("D3", result.Stage);
    }

    [Fact]
    public void Severe_AR_with_a_large_ventricle_is_C2_and_a_referral()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.Ar, VenaContractaCm = 0.7, RegurgitantFractionPct = 55, LvefPct = 60, LvesdMm = 52 });

        Assert.Equal(ValveSeverity.Severe, result.Severity);
        Assert.Equal("C2", result.Stage);
        Assert.Contains(result.ReferralTriggers, t => t.Code == "ar_lvesd_above_threshold");
        Assert.Equal("every 6–12 months; more often if the LV is dilating", result.Surveillance!.AccAha);
    }

    [Theory]
    [InlineData(0.2, ValveSeverity.Mild)]
    [InlineData(0.45, ValveSeverity.Moderate)]
    [InlineData(0.65, ValveSeverity.Severe)]
    public void AR_vena_contracta_grades(double vc, ValveSeverity severity)
    {
        Assert.Equal(severity, _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.Ar, VenaContractaCm = vc }).Severity);
    }

    [Fact]
    public void Severe_primary_MR_triggers_match_CLINICAL_md()
    {
        var result = _tool.Evaluate(new ValveEchoRequest
        {
            Lesion = ValveLesion.Mr, EroaCm2 = 0.45, LvefPct = 58, LvesdMm = 41, NewAtrialFibrillation = true, PaspMmhg = 55,
        });

        Assert.Equal(ValveSeverity.Severe, result.Severity);
        Assert.Equal("C2", result.Stage);
        Assert.Equal(
            ["mr_lvef_60_or_less", "mr_lvesd_40_or_more", "mr_new_atrial_fibrillation", "mr_pasp_above_50"],
            result.ReferralTriggers.Select(t => t.Code));
    }

    [Fact]
    public void Non_severe_MR_gets_the_shorter_moderate_interval()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.Mr, RegurgitantVolumeMl = 40 });

        Assert.Equal(ValveSeverity.NotSevere, result.Severity);
        Assert.Equal(12, result.Surveillance!.MinMonths);
        Assert.Equal(24, result.Surveillance.MaxMonths);
    }

    [Theory]
    [InlineData(1.8, ValveSeverity.Mild, "every 3–5 years (MVA > 1.5 cm²)")]
    [InlineData(1.2, ValveSeverity.Severe, "every 1–2 years (MVA 1.0–1.5 cm²)")]
    [InlineData(0.9, ValveSeverity.Severe, "yearly (MVA < 1.0 cm²)")]
    public void Mitral_stenosis_intervals_depend_on_valve_area(double mva, ValveSeverity severity, string interval)
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.Ms, MvaCm2 = mva });

        Assert.Equal(severity, result.Severity);
        Assert.Equal(interval, result.Surveillance!.AccAha);
    }

    [Fact]
    public void Citation_marks_the_thresholds_as_from_memory()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 2.5 });

        Assert.Contains("ACC/AHA 2020", result.Citation, StringComparison.Ordinal);
        Assert.Contains("ESC/EACTS 2021", result.Citation, StringComparison.Ordinal);
        Assert.Contains("verify against the guideline before clinical use", result.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lesion_without_its_measurements_is_an_error()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, EroaCm2 = 0.3 }));

        Assert.Equal("vmax_m_s", ex.Field);
    }

    [Fact]
    public void LVESD_in_centimetres_is_named()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.Mr, EroaCm2 = 0.5, LvesdMm = 4.2 }));

        Assert.Equal("lvesd_mm", ex.Field);
        Assert.Equal("lvesd_mm must be between 10 and 100 mm (got 4.2); it looks like centimetres, give millimetres", ex.Message);
    }

    [Fact]
    public void Values_for_another_lesion_are_reported_as_unused()
    {
        var result = _tool.Evaluate(new ValveEchoRequest { Lesion = ValveLesion.As, VmaxMS = 2.5, MvaCm2 = 2 });

        Assert.Contains(result.Notes, n => n.Contains("mva_cm2", StringComparison.Ordinal));
    }
}
