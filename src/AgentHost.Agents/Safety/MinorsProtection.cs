using System.Globalization;

namespace AgentHost.Agents.Safety;

/// <summary>
/// Minors' mode (CLINICAL.md §C2, §C4): the AI-disclosure text shown at the start of a session and with every break
/// reminder, and the break reminder itself. "No method information" is the post-gate rule <c>self_harm_method</c>,
/// which every package has.
/// </summary>
public sealed class MinorsProtection
{
    internal static readonly string[] DisclosurePlaceholders = [];
    internal static readonly string[] BreakReminderPlaceholders = ["minutes"];

    private readonly LocalizedTemplate _disclosure;
    private readonly LocalizedTemplate _breakReminder;

    internal MinorsProtection(LocalizedTemplate disclosure, LocalizedTemplate breakReminder, TimeSpan breakInterval)
    {
        if (breakInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(breakInterval), "The break interval must be positive.");
        }

        _disclosure = disclosure;
        _breakReminder = breakReminder;
        BreakInterval = breakInterval;
    }

    /// <summary>How long a session runs before (and between) break reminders.</summary>
    public TimeSpan BreakInterval { get; }

    /// <summary>The AI-disclosure text ("I am an AI, not a person…") for the locale.</summary>
    public string AiDisclosure(string locale) => _disclosure.Raw(locale);

    /// <summary>The break reminder for the locale, with <c>{{minutes}}</c> filled; it restates the AI disclosure.</summary>
    public string BreakReminder(string locale)
    {
        var minutes = ((int)Math.Round(BreakInterval.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
        return _breakReminder.Render(locale, new Dictionary<string, string>(StringComparer.Ordinal) { ["minutes"] = minutes })
            + "\n\n" + _disclosure.Raw(locale);
    }

    /// <summary>
    /// True when a break reminder is due: <see cref="BreakInterval"/> has passed since the last reminder, or since the
    /// session started when none was sent yet.
    /// </summary>
    public bool IsBreakDue(DateTimeOffset sessionStartedAt, DateTimeOffset? lastReminderAt, DateTimeOffset now) =>
        now - (lastReminderAt ?? sessionStartedAt) >= BreakInterval;
}
