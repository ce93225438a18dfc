using AgentHost.Clinical.MentalHealth;

namespace AgentHost.Clinical.Tests.MentalHealth;

/// <summary>CLINICAL.md §C1: PHQ-9 bands, adolescent cut-off ≥ 11, PHQ-2 ≥ 3, item 9 → suicide pathway.</summary>
public sealed class PhqAScoreTests
{
    private readonly PhqAScoreTool _tool = new();

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, DepressionSeverity.Minimal)]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, DepressionSeverity.Minimal)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, DepressionSeverity.Mild)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, 10, DepressionSeverity.Moderate)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 0, 0, 0, 0 }, 15, DepressionSeverity.ModeratelySevere)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 2, 0, 0 }, 20, DepressionSeverity.Severe)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, DepressionSeverity.Severe)]
    public void Kroenke_bands(int[] items, int total, DepressionSeverity severity)
    {
        var result = Score(items);

        Assert.Equal(total, result.Total);
        Assert.Equal(severity, result.Severity);
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, false)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 1, 0, 0, 0 }, true)]
    public void Adolescent_cutoff_is_11(int[] items, bool positive)
    {
        var result = Score(items);

        Assert.Equal(11, result.AdolescentScreen.Cutoff);
        Assert.Equal(positive, result.AdolescentScreen.Positive);
        Assert.Equal(positive, result.NextSteps.Any(s => s.Code == "clinician_follow_up"));
    }

    [Fact]
    public void Item_9_of_1_opens_the_suicide_pathway_whatever_the_total()
    {
        var result = Score([0, 0, 0, 0, 0, 0, 0, 0, 1]);

        Assert.Equal(1, result.Total);
        Assert.Equal(DepressionSeverity.Minimal, result.Severity);
        Assert.False(result.AdolescentScreen.Positive);
        Assert.True(result.SuicidePathway);
        Assert.Equal("suicide_pathway", result.NextSteps[0].Code);
        Assert.Contains(result.CrisisContacts!, c => c.Number == "12356");
    }

    [Fact]
    public void PHQ_A_suicide_questions_also_open_the_pathway()
    {
        var result = _tool.Evaluate(new PhqARequest { Items = [0, 0, 0, 0, 0, 0, 0, 0, 0], LifetimeSuicideAttempt = true });

        Assert.True(result.SuicidePathway);
    }

    [Fact]
    public void No_pathway_and_no_contacts_when_item_9_is_0()
    {
        var result = Score([2, 2, 2, 2, 2, 2, 0, 0, 0]);

        Assert.False(result.SuicidePathway);
        Assert.Null(result.CrisisContacts);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 0, 0, 0, 0, 0, 0, 0 }, 2, false)]
    [InlineData(new[] { 2, 1, 0, 0, 0, 0, 0, 0, 0 }, 3, true)]
    public void PHQ_2_is_positive_at_3(int[] items, int score, bool positive)
    {
        var result = Score(items);

        Assert.Equal(score, result.Phq2.Score);
        Assert.Equal(positive, result.Phq2.Positive);
    }

    [Fact]
    public void An_item_out_of_range_is_named()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Score([0, 0, 0, 0, 0, 0, 0, 0, 4]));

        Assert.Equal("items[8]", ex.Field);
        Assert.Equal("items[8] must be a whole number from 0 to 3 (got 4)", ex.Message);
    }

    [Fact]
    public void Eight_answers_are_not_enough()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Score([0, 0, 0, 0, 0, 0, 0, 0]));

        Assert.Equal("items", ex.Field);
    }

    private PhqAResult Score(int[] items) => _tool.Evaluate(new PhqARequest { Items = items.Select(i => (int?)i).ToList() });
}
