namespace AgentHost.Agents.Safety;

/// <summary>
/// The numbers and the hospital contact filled into escalation scripts. The hotlines default to mainland China's
/// (CLINICAL.md §C3); <see cref="HospitalContact"/> comes from the host's configuration.
/// </summary>
public sealed record EscalationContacts
{
    public EscalationContacts(string hospitalContact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hospitalContact);
        HospitalContact = hospitalContact;
    }

    /// <summary>The hospital's own contact line, e.g. "心外科随访中心 010-12345678".</summary>
    public string HospitalContact { get; init; }

    /// <summary>The psychological-assistance hotline, <c>{{hotline_crisis}}</c> (12356).</summary>
    public string HotlineCrisis { get; init; } = "12356";

    /// <summary>The ambulance number, <c>{{hotline_emergency}}</c> (120).</summary>
    public string HotlineEmergency { get; init; } = "120";

    /// <summary>The police number, <c>{{hotline_police}}</c> (110).</summary>
    public string HotlinePolice { get; init; } = "110";

    /// <summary>
    /// The numbers the kind's scripts name, most urgent use first, so a widget can offer them as tap-to-call buttons:
    /// crisis → the crisis line, then ambulance and police; emergency → the ambulance.
    /// </summary>
    public IReadOnlyList<Hotline> For(EscalationKind kind) => kind switch
    {
        EscalationKind.Crisis => [new("crisis", HotlineCrisis), new("emergency", HotlineEmergency), new("police", HotlinePolice)],
        EscalationKind.Emergency => [new("emergency", HotlineEmergency)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The numbers for a kind by its stored name (<c>crisis</c>, <c>emergency</c>); none for an unknown name.</summary>
    public IReadOnlyList<Hotline> For(string kindName) =>
        Enum.TryParse<EscalationKind>(kindName, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? For(kind) : [];
}
