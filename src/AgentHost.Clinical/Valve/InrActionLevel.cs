namespace AgentHost.Clinical.Valve;

public enum InrActionLevel
{
    /// <summary>In range, no urgent feature: next test as scheduled.</summary>
    Routine,

    /// <summary>Out of range: the anticoagulation clinic reviews the dose.</summary>
    ContactAnticoagulationClinic,

    /// <summary>Bleeding, INR &gt; 10 or an urgent symptom: call 120 / go to the emergency department.</summary>
    UrgentCare,
}
