namespace AgentHost.Clinical.MentalHealth;

/// <summary>CLINICAL.md §C3 China crisis contacts: re-verify at deployment and quarterly.</summary>
internal static class CrisisContacts
{
    public static IReadOnlyList<CrisisContact> China { get; } =
    [
        new("12356", "National unified psychological-assistance hotline"),
        new("120", "Ambulance (emergency)"),
        new("110", "Police (emergency)"),
    ];

    public const string Note = "Crisis contacts (CLINICAL.md §C3) must be re-verified at deployment and quarterly.";
}
