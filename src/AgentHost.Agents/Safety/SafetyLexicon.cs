using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Safety;

/// <summary>
/// A set of patterns of one kind with their exceptions. An exception suppresses a match when the exception's own
/// match overlaps the matched span (e.g. 笑死我了 suppresses a match on 死).
/// </summary>
internal sealed class SafetyLexicon
{
    private static readonly string[] _keys = ["schema", "kind", "description", "match", "except"];
    private static readonly string[] _requiredKeys = ["schema", "kind", "description", "match"];

    public SafetyLexicon(string name, EscalationKind kind, IReadOnlyList<SafetyPattern> patterns, IReadOnlyList<Regex> exceptions)
    {
        Name = name;
        Kind = kind;
        Patterns = patterns;
        Exceptions = exceptions;
    }

    public string Name { get; }

    public EscalationKind Kind { get; }

    public IReadOnlyList<SafetyPattern> Patterns { get; }

    public IReadOnlyList<Regex> Exceptions { get; }

    /// <summary>Loads a shared lexicon <c>safety/&lt;name&gt;.yaml</c>.</summary>
    public static SafetyLexicon Load(string file, string name)
    {
        var root = SafetyYaml.LoadMapping(file);
        var entries = SafetyYaml.Entries(root, file, _keys, _requiredKeys);
        SafetyYaml.ExpectSchema1(entries["schema"].Value, file);
        var kind = SafetyYaml.ParseKind(entries["kind"].Value, file);
        SafetyYaml.Scalar(entries["description"].Value, file, "description");
        var patterns = SafetyYaml.Patterns(entries["match"].Value, file, name, "match");
        if (patterns.Count == 0)
        {
            throw new SafetyPolicyException(file, SafetyYaml.LineOf(entries["match"].Key), "match has no pattern");
        }

        var exceptions = new List<Regex>();
        if (entries.TryGetValue("except", out var except))
        {
            var byLanguage = SafetyYaml.Entries(SafetyYaml.Mapping(except.Value, file, "except"), file, SafetyYaml.Languages, []);
            foreach (var (_, (_, list)) in byLanguage)
            {
                foreach (var item in SafetyYaml.ScalarList(list, file, "except"))
                {
                    exceptions.Add(SafetyYaml.Compile(item, file));
                }
            }
        }

        return new SafetyLexicon(name, kind, patterns, exceptions);
    }

    /// <summary>Loads a package's own patterns of one kind (<c>patterns.&lt;kind&gt;</c> in safety.yaml).</summary>
    public static SafetyLexicon FromPackagePatterns(YamlNode node, string file, EscalationKind kind)
    {
        var name = "package." + SafetyYaml.KindName(kind);
        return new SafetyLexicon(name, kind, SafetyYaml.Patterns(node, file, name, "patterns." + SafetyYaml.KindName(kind)), []);
    }

    /// <summary>The id of the first pattern with an unexcepted match in the normalized text; null when none.</summary>
    public string? FindHit(string normalized)
    {
        List<(int Start, int End)>? excepted = null;
        foreach (var pattern in Patterns)
        {
            try
            {
                for (var match = pattern.Regex.Match(normalized); match.Success; match = match.NextMatch())
                {
                    excepted ??= ExceptedSpans(normalized);
                    if (!Overlaps(excepted, match.Index, match.Index + match.Length))
                    {
                        return pattern.Id;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // When in doubt, escalate (CLINICAL.md §C2): a pattern that cannot finish counts as a hit.
                return pattern.Id + "/timeout";
            }
        }

        return null;
    }

    private List<(int Start, int End)> ExceptedSpans(string normalized)
    {
        var spans = new List<(int, int)>();
        foreach (var exception in Exceptions)
        {
            try
            {
                foreach (Match match in exception.Matches(normalized))
                {
                    spans.Add((match.Index, match.Index + match.Length));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // An exception that cannot finish excepts nothing.
            }
        }

        return spans;
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }

        return false;
    }
}
