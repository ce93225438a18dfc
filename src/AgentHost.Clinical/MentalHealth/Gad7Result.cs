namespace AgentHost.Clinical.MentalHealth;

public sealed class Gad7Result
{
    /// <summary>Sum of the seven items, 0–21.</summary>
    public required int Total { get; init; }

    public required AnxietySeverity Severity { get; init; }

    /// <summary>Total ≥ 10.</summary>
    public required ScreenScore Screen { get; init; }

    public required IReadOnlyList<ClinicalFlag> NextSteps { get; init; }

    public required string Citation { get; init; }
}
