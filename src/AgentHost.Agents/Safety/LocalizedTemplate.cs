using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Safety;

/// <summary>
/// A text per locale (zh required) read from package files, with <c>{{placeholder}}</c>s checked at load against the
/// allowed names; rendering falls back to zh when the locale has no text.
/// </summary>
internal sealed class LocalizedTemplate
{
    private static readonly Regex _placeholder = new(
        @"\{\{\s*([A-Za-z0-9_]*)\s*\}\}",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private readonly Dictionary<string, string> _texts;

    private LocalizedTemplate(Dictionary<string, string> texts) => _texts = texts;

    /// <summary>Reads <c>{ zh: file, en: file }</c> from a YAML mapping in <paramref name="file"/>.</summary>
    public static LocalizedTemplate FromYaml(
        YamlNode node, string file, string packageDirectory, string what, IReadOnlyCollection<string> allowed)
    {
        var entries = SafetyYaml.Entries(SafetyYaml.Mapping(node, file, what), file, SafetyYaml.Languages, ["zh"]);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (locale, (_, value)) in entries)
        {
            var relative = value as YamlScalarNode ?? throw new SafetyPolicyException(
                file, SafetyYaml.LineOf(value), $"{what}.{locale} must be a file name");
            SafetyYaml.Scalar(relative, file, $"{what}.{locale}");
            var path = SafetyYaml.Resolve(packageDirectory, relative, file);
            texts[locale] = Check(SafetyYaml.ReadText(path, SafetyYaml.LineOf(relative), file), path, allowed);
        }

        return new LocalizedTemplate(texts);
    }

    /// <summary>Reads locale → file (relative to the package) given by the manifest.</summary>
    public static LocalizedTemplate FromFiles(
        IReadOnlyDictionary<string, string> files, string packageDirectory, string referrer, IReadOnlyCollection<string> allowed)
    {
        if (!files.ContainsKey("zh"))
        {
            throw new SafetyPolicyException(referrer, null, "safety.disclaimer needs a zh file");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (locale, relative) in files)
        {
            if (!SafetyYaml.Languages.Contains(locale))
            {
                throw new SafetyPolicyException(referrer, null, $"unknown locale '{locale}' in safety.disclaimer (allowed: zh, en)");
            }

            var path = Path.GetFullPath(Path.Combine(packageDirectory, relative));
            texts[locale] = Check(SafetyYaml.ReadText(path, null, path), path, allowed);
        }

        return new LocalizedTemplate(texts);
    }

    public string Render(string? locale, IReadOnlyDictionary<string, string> values)
    {
        var text = Raw(locale);
        return _placeholder.Replace(text, m => values[m.Groups[1].Value]);
    }

    public string Raw(string? locale) =>
        _texts.TryGetValue(SafetyLocale.Normalize(locale), out var text) ? text : _texts["zh"];

    private static string Check(string text, string path, IReadOnlyCollection<string> allowed)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        if (text.Trim().Length == 0)
        {
            throw new SafetyPolicyException(path, 1, "the file is empty");
        }

        var starts = new HashSet<int>();
        foreach (Match match in _placeholder.Matches(text))
        {
            starts.Add(match.Index);
            if (!allowed.Contains(match.Groups[1].Value))
            {
                var allowedList = allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(a => "{{" + a + "}}"));
                throw new SafetyPolicyException(
                    path, LineAt(text, match.Index), $"unknown placeholder '{match.Value}' (allowed here: {allowedList})");
            }
        }

        for (var i = text.IndexOf("{{", StringComparison.Ordinal); i >= 0; i = text.IndexOf("{{", i + 2, StringComparison.Ordinal))
        {
            if (!starts.Contains(i) && !starts.Contains(i - 1))
            {
                throw new SafetyPolicyException(path, LineAt(text, i), "unclosed or malformed '{{' placeholder");
            }
        }

        return text.Trim();
    }

    private static int LineAt(string text, int index)
    {
        var line = 1;
        var span = text.AsSpan(0, index);
        foreach (var c in span)
        {
            if (c == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
