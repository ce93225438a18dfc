using AgentHost.Clinical.MentalHealth;

namespace AgentHost.Clinical.Tests.MentalHealth;

/// <summary>CLINICAL.md §C1 ASQ triage: Q5 yes → acute; any of Q1–Q4 yes → non-acute; all no → negative.</summary>
public sealed class AsqScreenTests
{
    private readonly AsqScreenTool _tool = new();

    [Fact]
    public void Yes_to_Q5_is_acute_and_the_person_is_not_left_alone()
    {
        var result = _tool.Evaluate(new AsqRequest { Q1 = true, Q2 = false, Q3 = true, Q4 = false, Q5 = true });

        Assert.Equal(AsqOutcome.Acute, result.Result);
        Assert.True(result.DoNotLeaveAlone);
        Assert.Contains(result.Actions, a => a.Code == "human_takeover");
        Assert.Contains(result.CrisisContacts!, c => c.Number == "120");
    }

    [Fact]
    public void Any_yes_to_Q1_to_Q4_with_Q5_no_is_non_acute()
    {
        var result = _tool.Evaluate(new AsqRequest { Q1 = false, Q2 = false, Q3 = false, Q4 = true, Q5 = false });

        Assert.Equal(AsqOutcome.NonAcute, result.Result);
        Assert.False(result.DoNotLeaveAlone);
        Assert.Contains(result.Actions, a => a.Code == "brief_suicide_safety_assessment");
        Assert.Contains(result.Actions, a => a.Code == "resource_list");
    }

    [Fact]
    public void All_no_is_negative()
    {
        var result = _tool.Evaluate(new AsqRequest { Q1 = false, Q2 = false, Q3 = false, Q4 = false });

        Assert.Equal(AsqOutcome.Negative, result.Result);
        Assert.Null(result.CrisisContacts);
    }

    [Fact]
    public void Q5_must_be_asked_after_a_yes()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new AsqRequest { Q1 = true, Q2 = false, Q3 = false, Q4 = false }));

        Assert.Equal("q5", ex.Field);
    }
}
