namespace AgentHost.Clinical.MentalHealth;

public sealed class PhqAResult
{
    /// <summary>Sum of the nine items, 0–27 (item 9 included, as published).</summary>
    public required int Total { get; init; }

    public required DepressionSeverity Severity { get; init; }

    /// <summary>Total ≥ 11, the adolescent cut-off (Richardson 2010).</summary>
    public required ScreenScore AdolescentScreen { get; init; }

    /// <summary>Items 1 + 2, positive at ≥ 3.</summary>
    public required ScreenScore Phq2 { get; init; }

    public required int Item9 { get; init; }

    /// <summary>True when item 9 ≥ 1 or a PHQ-A suicide question is yes, whatever the total.</summary>
    public required bool SuicidePathway { get; init; }

    public required IReadOnlyList<ClinicalFlag> NextSteps { get; init; }

    public IReadOnlyList<CrisisContact>? CrisisContacts { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
