using AgentHost.Clinical.MentalHealth;

namespace AgentHost.Clinical.Tests.MentalHealth;

/// <summary>CLINICAL.md §C1 C-SSRS screener triage.</summary>
public sealed class CssrsScreenTests
{
    private readonly CssrsScreenTool _tool = new();

    [Fact]
    public void Yes_to_1_or_2_only_is_low()
    {
        var result = _tool.Evaluate(new CssrsRequest { Q1 = true, Q2 = true, Q3 = false, Q4 = false, Q5 = false, Q6 = false });

        Assert.Equal(CssrsRisk.Low, result.Risk);
        Assert.Contains(result.Actions, a => a.Code == "behavioural_health_referral");
    }

    [Fact]
    public void Yes_to_3_is_moderate()
    {
        var result = _tool.Evaluate(new CssrsRequest { Q1 = true, Q2 = true, Q3 = true, Q4 = false, Q5 = false, Q6 = false });

        Assert.Equal(CssrsRisk.Moderate, result.Risk);
    }

    [Fact]
    public void An_attempt_more_than_3_months_ago_is_moderate()
    {
        var result = _tool.Evaluate(new CssrsRequest { Q1 = false, Q2 = false, Q6 = true, Q6WithinThreeMonths = false });

        Assert.Equal(CssrsRisk.Moderate, result.Risk);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Intent_plan_or_a_recent_attempt_is_high(bool q4, bool q5, bool recentAttempt)
    {
        var result = _tool.Evaluate(new CssrsRequest
        {
            Q1 = true, Q2 = true, Q3 = true, Q4 = q4, Q5 = q5, Q6 = recentAttempt, Q6WithinThreeMonths = recentAttempt ? true : null,
        });

        Assert.Equal(CssrsRisk.High, result.Risk);
        Assert.Contains(result.Actions, a => a.Code == "immediate_psychiatric_evaluation");
        Assert.Contains(result.Actions, a => a.Code == "human_takeover");
    }

    [Fact]
    public void All_no_is_no_risk()
    {
        var result = _tool.Evaluate(new CssrsRequest { Q1 = false, Q2 = false, Q6 = false });

        Assert.Equal(CssrsRisk.None, result.Risk);
    }

    [Fact]
    public void Q3_to_Q5_are_skipped_when_Q2_is_no()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new CssrsRequest { Q1 = true, Q2 = false, Q4 = true, Q6 = false }));

        Assert.Equal("q4", ex.Field);
    }

    [Fact]
    public void The_timing_of_an_attempt_is_required()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new CssrsRequest { Q1 = false, Q2 = false, Q6 = true }));

        Assert.Equal("q6_within_three_months", ex.Field);
    }
}
