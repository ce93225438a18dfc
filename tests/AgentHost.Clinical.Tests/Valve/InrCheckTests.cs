using AgentHost.Clinical.Valve;

namespace AgentHost.Clinical.Tests.Valve;

/// <summary>CLINICAL.md §B4 (ESC 2021 Table 10, ACC/AHA 2020, ACCP 2012) and §B5.</summary>
public sealed class InrCheckTests
{
    private readonly InrCheckTool _tool = new();

    [Theory]
    [InlineData(Thrombogenicity.Low, false, 2.5)]
    [InlineData(Thrombogenicity.Low, true, 3.0)]
    [InlineData(Thrombogenicity.Medium, false, 3.0)]
    [InlineData(Thrombogenicity.Medium, true, 3.5)]
    [InlineData(Thrombogenicity.High, false, 3.5)]
    [InlineData(Thrombogenicity.High, true, 4.0)]
    public void ESC_Table_10_targets(Thrombogenicity thrombogenicity, bool riskFactor, double target)
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = thrombogenicity, AtrialFibrillation = riskFactor }, target);

        Assert.Equal(target, result.Targets.Esc2021.Target);
        Assert.Equal(InrStatus.InRange, result.Latest.Status);
        Assert.Equal(InrActionLevel.Routine, result.ActionLevel);
    }

    [Theory]
    [InlineData(ValvePosition.Mitral, false, false, null, "mitral_or_tricuspid_replacement")]
    [InlineData(ValvePosition.Aortic, true, false, null, "previous_thromboembolism")]
    [InlineData(ValvePosition.Aortic, false, true, null, "mitral_stenosis")]
    [InlineData(ValvePosition.Aortic, false, false, 30.0, "lvef_below_35")]
    public void Each_ESC_risk_factor_raises_the_target(ValvePosition position, bool thromboembolism, bool stenosis, double? lvef, string factor)
    {
        var result = Check(new InrCheckRequest
        {
            Position = position, ProsthesisModel = ProsthesisModel.StJudeMedical, PreviousThromboembolism = thromboembolism, MitralStenosis = stenosis, LvefPct = lvef,
        }, 3.0);

        Assert.Equal(Thrombogenicity.Low, result.Thrombogenicity);
        Assert.Equal(3.0, result.Targets.Esc2021.Target);
        Assert.Contains(factor, result.RiskFactors);
    }

    [Fact]
    public void Prosthesis_models_map_to_ESC_thrombogenicity()
    {
        Assert.Equal(Thrombogenicity.Low, InrTargetRules.ThrombogenicityOf(ProsthesisModel.Carbomedics));
        Assert.Equal(Thrombogenicity.Low, InrTargetRules.ThrombogenicityOf(ProsthesisModel.SorinBicarbon));
        Assert.Equal(Thrombogenicity.Medium, InrTargetRules.ThrombogenicityOf(ProsthesisModel.OtherBileaflet));
        Assert.Equal(Thrombogenicity.High, InrTargetRules.ThrombogenicityOf(ProsthesisModel.StarrEdwards));
        Assert.Equal(Thrombogenicity.High, InrTargetRules.ThrombogenicityOf(ProsthesisModel.BjorkShiley));
    }

    [Fact]
    public void ACC_AHA_targets_for_aortic_and_mitral_valves()
    {
        var aortic = Check(new InrCheckRequest { Position = ValvePosition.Aortic, ProsthesisModel = ProsthesisModel.StJudeMedical }, 2.5);
        Assert.Equal((2.5, 2.0, 3.0), (aortic.Targets.AccAha2020!.Target, aortic.Targets.AccAha2020.RangeLow, aortic.Targets.AccAha2020.RangeHigh));

        var aorticWithAf = Check(new InrCheckRequest { Position = ValvePosition.Aortic, ProsthesisModel = ProsthesisModel.StJudeMedical, AtrialFibrillation = true }, 3.0);
        Assert.Equal(3.0, aorticWithAf.Targets.AccAha2020!.Target);

        var ballCage = Check(new InrCheckRequest { Position = ValvePosition.Aortic, ProsthesisModel = ProsthesisModel.StarrEdwards }, 3.5);
        Assert.Equal(3.0, ballCage.Targets.AccAha2020!.Target);

        var mitral = Check(new InrCheckRequest { Position = ValvePosition.Mitral, ProsthesisModel = ProsthesisModel.StJudeMedical }, 3.0);
        Assert.Equal((3.0, 2.5, 3.5), (mitral.Targets.AccAha2020!.Target, mitral.Targets.AccAha2020.RangeLow, mitral.Targets.AccAha2020.RangeHigh));
    }

    [Fact]
    public void On_X_aortic_valve_gets_1_5_to_2_0_from_three_months_under_ACC_AHA()
    {
        var result = Check(new InrCheckRequest
        {
            Position = ValvePosition.Aortic, ProsthesisModel = ProsthesisModel.OnX, MonthsSinceImplant = 6, Guideline = InrGuideline.AccAha2020,
        }, 1.8);

        Assert.Equal((1.5, 2.0), (result.Targets.AccAha2020!.RangeLow, result.Targets.AccAha2020.RangeHigh));
        Assert.Equal(InrGuideline.AccAha2020, result.GuidelineApplied);
        Assert.Equal(InrStatus.InRange, result.Latest.Status);
    }

    [Fact]
    public void Low_INR_with_a_mitral_valve_means_contacting_the_clinic_the_same_day()
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Mitral, Thrombogenicity = Thrombogenicity.Low }, 2.1);

        Assert.Equal(InrStatus.Below, result.Latest.Status);
        Assert.Equal(InrActionLevel.ContactAnticoagulationClinic, result.ActionLevel);
        Assert.True(result.SameDay);
    }

    [Fact]
    public void Low_INR_with_an_aortic_valve_means_contacting_the_clinic()
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = Thrombogenicity.Low }, 1.7);

        Assert.Equal(InrActionLevel.ContactAnticoagulationClinic, result.ActionLevel);
        Assert.False(result.SameDay);
    }

    [Theory]
    [InlineData(3.4, InrActionLevel.ContactAnticoagulationClinic, "inr_above_range")]
    [InlineData(6.0, InrActionLevel.ContactAnticoagulationClinic, "inr_4_5_to_10")]
    [InlineData(10.5, InrActionLevel.UrgentCare, "inr_above_10")]
    public void High_INR_action_levels(double inr, InrActionLevel level, string reason)
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = Thrombogenicity.Low }, inr);

        Assert.Equal(level, result.ActionLevel);
        Assert.Contains(result.Reasons, r => r.Code == reason);
    }

    [Fact]
    public void Any_bleeding_is_urgent_care_whatever_the_INR()
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = Thrombogenicity.Low, Bleeding = true }, 2.5);

        Assert.Equal(InrActionLevel.UrgentCare, result.ActionLevel);
        Assert.Contains(result.Reasons, r => r.Code == "bleeding");
    }

    [Fact]
    public void Embolic_signs_after_a_low_INR_suggest_valve_thrombosis()
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Mitral, Thrombogenicity = Thrombogenicity.Low, Symptoms = [UrgentSymptom.EmbolicSigns] }, 1.6);

        Assert.Equal(InrActionLevel.UrgentCare, result.ActionLevel);
        Assert.Contains(result.Reasons, r => r.Code == "suspected_valve_thrombosis");
    }

    [Fact]
    public void The_latest_reading_by_date_is_evaluated()
    {
        var result = _tool.Evaluate(new InrCheckRequest
        {
            Position = ValvePosition.Aortic,
            Thrombogenicity = Thrombogenicity.Low,
            Readings =
            [
                new InrReading { Date = new DateOnly(2025, 3, 1), Inr = 2.6 },
                new InrReading { Date = new DateOnly(2025, 1, 1), Inr = 1.5 },
            ],
        });

        Assert.Equal(new DateOnly(2025, 3, 1), result.Latest.Date);
        Assert.Equal(InrStatus.Below, result.Readings[0].Status);
        Assert.Equal(InrActionLevel.Routine, result.ActionLevel);
        Assert.Contains(result.Notes, n => n.Contains("DOACs are contraindicated", StringComparison.Ordinal));
    }

    [Fact]
    public void Contradicting_thrombogenicity_and_model_is_an_error()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Check(
            new InrCheckRequest { Position = ValvePosition.Aortic, ProsthesisModel = ProsthesisModel.StJudeMedical, Thrombogenicity = Thrombogenicity.High }, 2.5));

        Assert.Equal("thrombogenicity", ex.Field);
    }

    [Fact]
    public void An_impossible_INR_is_named_with_its_index()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = Thrombogenicity.Low }, 25));

        Assert.Equal("readings[0].inr", ex.Field);
        Assert.Equal("readings[0].inr must be between 0.5 and 20 (got 25)", ex.Message);
    }

    [Fact]
    public void Citation_names_both_guidelines_and_marks_memory_items()
    {
        var result = Check(new InrCheckRequest { Position = ValvePosition.Aortic, Thrombogenicity = Thrombogenicity.Low }, 2.5);

        Assert.Contains("ESC/EACTS 2021", result.Citation, StringComparison.Ordinal);
        Assert.Contains("Table 10", result.Citation, StringComparison.Ordinal);
        Assert.Contains("ACC/AHA 2020", result.Citation, StringComparison.Ordinal);
        Assert.Contains("verify against the guideline before clinical use", result.Citation, StringComparison.Ordinal);
    }

    private InrCheckResult Check(InrCheckRequest request, double inr) =>
        _tool.Evaluate(new InrCheckRequest
        {
            Position = request.Position,
            ProsthesisModel = request.ProsthesisModel,
            Thrombogenicity = request.Thrombogenicity,
            AtrialFibrillation = request.AtrialFibrillation,
            PreviousThromboembolism = request.PreviousThromboembolism,
            MitralStenosis = request.MitralStenosis,
            LvefPct = request.LvefPct,
            HypercoagulableState = request.HypercoagulableState,
            MonthsSinceImplant = request.MonthsSinceImplant,
            Bleeding = request.Bleeding,
            Symptoms = request.Symptoms,
            Guideline = request.Guideline,
            Readings = [new InrReading { Date = new DateOnly(2025, 6, 1), Inr = inr }],
        });
}
