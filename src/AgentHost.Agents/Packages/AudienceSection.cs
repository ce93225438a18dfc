namespace AgentHost.Agents.Packages;

/// <summary>Who the agent serves; <see cref="MinorsMode"/> turns on the adolescent protections.</summary>
public sealed class AudienceSection
{
    public int MinAge { get; init; }

    public int MaxAge { get; init; } = 120;

    public bool GuardianRequired { get; init; }

    public bool MinorsMode { get; init; }

    public int BreakReminderMinutes { get; init; }
}
