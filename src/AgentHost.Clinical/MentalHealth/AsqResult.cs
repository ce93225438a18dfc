namespace AgentHost.Clinical.MentalHealth;

public sealed class AsqResult
{
    public required AsqOutcome Result { get; init; }

    /// <summary>Acute positive: the person must not be left alone.</summary>
    public required bool DoNotLeaveAlone { get; init; }

    public required IReadOnlyList<ClinicalFlag> Actions { get; init; }

    public IReadOnlyList<CrisisContact>? CrisisContacts { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
