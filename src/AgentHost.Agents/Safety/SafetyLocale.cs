namespace AgentHost.Agents.Safety;

/// <summary>Maps a request locale onto the package locales: <c>en*</c> → en, anything else → zh (the default).</summary>
internal static class SafetyLocale
{
    public static string Normalize(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";
}
