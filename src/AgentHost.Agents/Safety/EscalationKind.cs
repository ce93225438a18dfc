namespace AgentHost.Agents.Safety;

/// <summary>What a pre-gate hit escalates to; picks the package's escalation script.</summary>
public enum EscalationKind
{
    /// <summary>Self-harm, suicide, abuse: the crisis script (12356, tell a trusted adult, human takeover).</summary>
    Crisis,

    /// <summary>Urgent medical symptoms: the emergency script (120, go to the emergency department).</summary>
    Emergency,
}
