namespace AgentHost.Clinical.MentalHealth;

/// <summary>The deterministic escalation steps of CLINICAL.md §C2, shared by the suicide-risk screens.</summary>
internal static class SafetyActions
{
    public static ClinicalFlag HumanTakeover { get; } = new(
        "human_takeover",
        "Immediate human takeover and warm handoff; tell the user to call 120 or 110 now; never leave the person alone.");

    public static ClinicalFlag ClinicianReview { get; } = new(
        "clinician_review",
        "Clinician review within 24–72 h plus a safety plan (warning signs, coping, contacts, means restriction).");

    public static ClinicalFlag GuardianNotification { get; } = new(
        "notify_guardian",
        "For a minor, notify the guardian or emergency contact according to hospital policy and the law.");

    public static ClinicalFlag ResourceList { get; } = new(
        "resource_list",
        "Give the crisis resource list (12356, 120, 110).");

    public static ClinicalFlag SuicidePathway { get; } = new(
        "suicide_pathway",
        "Go to the suicide pathway now: ask the ASQ (asq_screen) or C-SSRS (cssrs_screen) items verbatim, then hand over to a human.");
}
