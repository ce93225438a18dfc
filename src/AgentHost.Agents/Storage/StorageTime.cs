using System.Globalization;

namespace AgentHost.Agents.Storage;

/// <summary>
/// Timestamps are stored as fixed-width UTC text, so text order is time order (ORDER BY works) and the audit hash
/// covers exactly the characters stored.
/// </summary>
internal static class StorageTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset time) =>
        time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
}
