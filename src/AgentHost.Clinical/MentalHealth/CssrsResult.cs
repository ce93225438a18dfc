namespace AgentHost.Clinical.MentalHealth;

public sealed class CssrsResult
{
    public required CssrsRisk Risk { get; init; }

    /// <summary>Which answers set the risk level.</summary>
    public required IReadOnlyList<string> Triggers { get; init; }

    public required IReadOnlyList<ClinicalFlag> Actions { get; init; }

    public IReadOnlyList<CrisisContact>? CrisisContacts { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
