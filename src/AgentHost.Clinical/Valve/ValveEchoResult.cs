namespace AgentHost.Clinical.Valve;

public sealed class ValveEchoResult
{
    public required ValveLesion Lesion { get; init; }

    public required ValveSeverity Severity { get; init; }

    /// <summary>ACC/AHA 2020 stage (B, C1, C2, D, D1, D3); null where the values do not define one.</summary>
    public string? Stage { get; init; }

    /// <summary>Which measurement gave which grade, so a clinician can check the reasoning.</summary>
    public required IReadOnlyList<string> Criteria { get; init; }

    /// <summary>Recommended echo interval; null when symptoms call for evaluation now instead.</summary>
    public SurveillanceInterval? Surveillance { get; init; }

    /// <summary>Referral triggers met ("discuss with the Heart Team") and urgent-evaluation rules.</summary>
    public required IReadOnlyList<ClinicalFlag> ReferralTriggers { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
