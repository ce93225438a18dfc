namespace AgentHost.Clinical.Valve;

/// <summary>CLINICAL.md §B5 symptoms that mean "call 120 / go to the emergency department".</summary>
public enum UrgentSymptom
{
    Syncope,
    ChestPain,

    /// <summary>Dyspnoea at rest, orthopnoea or paroxysmal nocturnal dyspnoea.</summary>
    DyspnoeaAtRest,
    PalpitationsWithDizziness,
    NewDyspnoea,

    /// <summary>Stroke signs (FAST), transient visual loss or a cold limb.</summary>
    EmbolicSigns,

    /// <summary>Muffled or absent valve click, or a new murmur.</summary>
    ValveClickChange,

    /// <summary>Fever &gt; 38 °C, or persistent low-grade fever, sweats or weight loss.</summary>
    Fever,
    Melaena,
    Haematemesis,
    Haematuria,
    SevereHeadache,
    HeadInjury,
}
