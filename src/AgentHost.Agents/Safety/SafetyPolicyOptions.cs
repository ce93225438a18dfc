namespace AgentHost.Agents.Safety;

/// <summary>What the package manifest (<c>agent.yaml</c>) tells the safety policy.</summary>
public sealed class SafetyPolicyOptions
{
    /// <summary>
    /// <c>safety.disclaimer</c>: locale → file relative to the package directory. <c>zh</c> is required.
    /// </summary>
    public required IReadOnlyDictionary<string, string> DisclaimerFiles { get; init; }

    /// <summary><c>audience.minors_mode</c>: the policy must then have a <c>minors</c> section.</summary>
    public bool MinorsMode { get; init; }

    /// <summary><c>audience.break_reminder_minutes</c> (with minors mode); default 30.</summary>
    public int BreakReminderMinutes { get; init; } = 30;
}
