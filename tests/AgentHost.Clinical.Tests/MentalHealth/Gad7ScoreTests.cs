using AgentHost.Clinical.MentalHealth;

namespace AgentHost.Clinical.Tests.MentalHealth;

/// <summary>CLINICAL.md §C1: GAD-7 bands 0–4, 5–9, 10–14, 15–21 and the ≥ 10 cut-off.</summary>
public sealed class Gad7ScoreTests
{
    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0 }, AnxietySeverity.Minimal, false)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0 }, AnxietySeverity.Mild, false)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0 }, AnxietySeverity.Moderate, true)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 0, 0 }, AnxietySeverity.Severe, true)]
    public void Spitzer_bands_and_cutoff(int[] items, AnxietySeverity severity, bool positive)
    {
        var result = new Gad7ScoreTool().Evaluate(new Gad7Request { Items = items.Select(i => (int?)i).ToList() });

        Assert.Equal(items.Sum(), result.Total);
        Assert.Equal(severity, result.Severity);
        Assert.Equal(positive, result.Screen.Positive);
        Assert.Contains("Spitzer 2006", result.Citation, StringComparison.Ordinal);
    }
}
