namespace AgentHost.Clinical.MentalHealth;

/// <summary>CLINICAL.md §C3 China crisis contacts: re-verify at deployment and quarterly.</summary>
internal static class CrisisContacts
{
    public static IReadOnlyList<CrisisContact> China { get; } =
    [
        new("12356", "National psychological assistance hotline (全国心理援助热线)"),
        new("120", "Ambulance (emergency)"),
        new("110", "Police (emergency)"),
    ];

    public const string Note = "Crisis contacts (CLINICAL.md §C3) must be re-verified at deployment and quarterly.";
}
