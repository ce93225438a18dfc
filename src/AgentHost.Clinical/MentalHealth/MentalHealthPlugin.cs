using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace AgentHost.Clinical.MentalHealth;

/// <summary>
/// The mental-health screening tools as Semantic Kernel functions. Parameter names are the snake_case JSON argument
/// names, so the schema a model sees here is the one <see cref="ClinicalToolCatalog"/> publishes.
/// </summary>
public sealed class MentalHealthPlugin
{
    private readonly PhqAScoreTool _phqAScore = new();
    private readonly Gad7ScoreTool _gad7Score = new();
    private readonly AsqScreenTool _asqScreen = new();
    private readonly CssrsScreenTool _cssrsScreen = new();

    [KernelFunction("phq_a_score")]
    [Description(PhqAScoreTool.Summary)]
    public PhqAResult PhqAScore(
        [Description(PhqARequest.ItemsText)] IReadOnlyList<int?> items,
        [Description(PhqARequest.AgeYearsText)] double? age_years = null,
        [Description(PhqARequest.DepressedMostDaysPastYearText)] bool? depressed_most_days_past_year = null,
        [Description(PhqARequest.FunctionalDifficultyText)] FunctionalDifficulty? functional_difficulty = null,
        [Description(PhqARequest.SeriousSuicidalThoughtsPastMonthText)] bool? serious_suicidal_thoughts_past_month = null,
        [Description(PhqARequest.LifetimeSuicideAttemptText)] bool? lifetime_suicide_attempt = null) =>
        _phqAScore.Evaluate(new PhqARequest
        {
            Items = items,
            AgeYears = age_years,
            DepressedMostDaysPastYear = depressed_most_days_past_year,
            FunctionalDifficulty = functional_difficulty,
            SeriousSuicidalThoughtsPastMonth = serious_suicidal_thoughts_past_month,
            LifetimeSuicideAttempt = lifetime_suicide_attempt,
        });

    [KernelFunction("gad7_score")]
    [Description(Gad7ScoreTool.Summary)]
    public Gad7Result Gad7Score(
        [Description(Gad7Request.ItemsText)] IReadOnlyList<int?> items) =>
        _gad7Score.Evaluate(new Gad7Request
        {
            Items = items,
        });

    [KernelFunction("asq_screen")]
    [Description(AsqScreenTool.Summary)]
    public AsqResult AsqScreen(
        [Description(AsqRequest.Q1Text)] bool q1,
        [Description(AsqRequest.Q2Text)] bool q2,
        [Description(AsqRequest.Q3Text)] bool q3,
        [Description(AsqRequest.Q4Text)] bool q4,
        [Description(AsqRequest.Q5Text)] bool? q5 = null) =>
        _asqScreen.Evaluate(new AsqRequest
        {
            Q1 = q1,
            Q2 = q2,
            Q3 = q3,
            Q4 = q4,
            Q5 = q5,
        });

    [KernelFunction("cssrs_screen")]
    [Description(CssrsScreenTool.Summary)]
    public CssrsResult CssrsScreen(
        [Description(CssrsRequest.Q1Text)] bool q1,
        [Description(CssrsRequest.Q2Text)] bool q2,
        [Description(CssrsRequest.Q6Text)] bool q6,
        [Description(CssrsRequest.Q3Text)] bool? q3 = null,
        [Description(CssrsRequest.Q4Text)] bool? q4 = null,
        [Description(CssrsRequest.Q5Text)] bool? q5 = null,
        [Description(CssrsRequest.Q6WithinThreeMonthsText)] bool? q6_within_three_months = null) =>
        _cssrsScreen.Evaluate(new CssrsRequest
        {
            Q1 = q1,
            Q2 = q2,
            Q3 = q3,
            Q4 = q4,
            Q5 = q5,
            Q6 = q6,
            Q6WithinThreeMonths = q6_within_three_months,
        });
}
