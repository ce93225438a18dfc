using AgentHost.Agents.Safety;

namespace AgentHost.Agents.Packages;

/// <summary>A validated agent package, with its prompt texts read and its content hash for reports.</summary>
public sealed class AgentPackage
{
    public required AgentManifest Manifest { get; init; }

    /// <summary>The package folder.</summary>
    public required string Directory { get; init; }

    /// <summary>System prompt template per locale, with the shared fragments appended (placeholders unfilled).</summary>
    public required IReadOnlyDictionary<string, string> SystemPrompts { get; init; }

    public required IReadOnlyDictionary<string, string> Disclaimers { get; init; }

    /// <summary>The package's pre- and post-gates, escalation scripts and disclaimer.</summary>
    public required SafetyPolicy Safety { get; init; }

    /// <summary>Full path of the knowledge folder, or null when the package has none.</summary>
    public string? KnowledgeDirectory { get; init; }

    public string KnowledgeCollection => Manifest.Knowledge?.Collection ?? Manifest.Id;

    /// <summary>SHA-256 over every file of the package: what eval reports and the audit log record as its version.</summary>
    public required string ContentHash { get; init; }

    public string Id => Manifest.Id;

    /// <summary>The text for <paramref name="locale"/>, falling back to the package's default locale, then zh.</summary>
    public string Localized(IReadOnlyDictionary<string, string> texts, string? locale)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return locale is not null && texts.TryGetValue(Normalize(locale), out var text) ? text
            : texts.TryGetValue(Manifest.DefaultLocale, out text) ? text
            : texts["zh"];
    }

    /// <summary>"zh-CN", "zh_Hans" → "zh"; "en-US" → "en".</summary>
    public static string Normalize(string locale) =>
        locale.Split('-', '_')[0].ToLowerInvariant();
}
