namespace AgentHost.Agents.Safety;

/// <summary>
/// A built-in check on the model's answer (<c>post_gate.forbid</c> names it), with the fixed reply that replaces an
/// answer it catches.
/// </summary>
internal sealed class PostGateRule
{
    public PostGateRule(string name, IReadOnlyList<SafetyPattern> patterns, string replacementZh, string replacementEn)
    {
        Name = name;
        Patterns = patterns;
        ReplacementZh = replacementZh;
        ReplacementEn = replacementEn;
    }

    public string Name { get; }

    public IReadOnlyList<SafetyPattern> Patterns { get; }

    public string ReplacementZh { get; }

    public string ReplacementEn { get; }

    public string Replacement(string? locale) => SafetyLocale.Normalize(locale) == "en" ? ReplacementEn : ReplacementZh;

    /// <summary>The id of the first pattern that matches the normalized answer; null when none.</summary>
    public string? FindHit(string normalized)
    {
        foreach (var pattern in Patterns)
        {
            try
            {
                if (pattern.Regex.IsMatch(normalized))
                {
                    return pattern.Id;
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // Fail safe: an answer the rule cannot finish checking is not sent.
                return pattern.Id + "/timeout";
            }
        }

        return null;
    }
}
