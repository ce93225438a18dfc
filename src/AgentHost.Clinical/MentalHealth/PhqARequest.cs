using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.MentalHealth;

public sealed class PhqARequest
{
    internal const string ItemsText = "The nine PHQ-9 / PHQ-A item answers in order, each 0–3 (0 not at all, 1 several days, 2 more than half the days, 3 nearly every day). Item 9 is thoughts of death or self-harm.";
    internal const string AgeYearsText = "Age in years (the ≥ 11 cut-off was validated at 13–17).";
    internal const string DepressedMostDaysPastYearText = "PHQ-A: felt depressed or sad most days in the past year.";
    internal const string FunctionalDifficultyText = "PHQ-A: how difficult the problems made work, school, home or getting along with others.";
    internal const string SeriousSuicidalThoughtsPastMonthText = "PHQ-A: serious thoughts of ending your life in the past month.";
    internal const string LifetimeSuicideAttemptText = "PHQ-A: ever tried to kill yourself or made a suicide attempt.";

    [JsonRequired]
    [Description(ItemsText)]
    public IReadOnlyList<int?>? Items { get; init; }

    [Description(AgeYearsText)]
    public double? AgeYears { get; init; }

    [Description(DepressedMostDaysPastYearText)]
    public bool? DepressedMostDaysPastYear { get; init; }

    [Description(FunctionalDifficultyText)]
    public FunctionalDifficulty? FunctionalDifficulty { get; init; }

    [Description(SeriousSuicidalThoughtsPastMonthText)]
    public bool? SeriousSuicidalThoughtsPastMonth { get; init; }

    [Description(LifetimeSuicideAttemptText)]
    public bool? LifetimeSuicideAttempt { get; init; }
}
