using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Safety;

/// <summary>Strict reading of the safety YAML files: every error names the file and the line.</summary>
internal static class SafetyYaml
{
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    internal const RegexOptions PatternOptions =
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    internal static readonly string[] Languages = ["zh", "en"];

    public static YamlMappingNode LoadMapping(string file)
    {
        var text = ReadText(file, null, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new SafetyPolicyException(file, LineOf(e.Start), "invalid YAML: " + e.Message, e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new SafetyPolicyException(file, 1, "the file is empty");
        }

        if (stream.Documents.Count > 1)
        {
            throw new SafetyPolicyException(file, LineOf(stream.Documents[1].RootNode), "only one YAML document is allowed");
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new SafetyPolicyException(file, LineOf(stream.Documents[0].RootNode), "the top level must be a mapping");
    }

    /// <summary>Reads a UTF-8 text file; a missing file is an error at <paramref name="referrer"/>:<paramref name="line"/>.</summary>
    public static string ReadText(string path, int? line, string referrer)
    {
        if (!File.Exists(path))
        {
            throw new SafetyPolicyException(referrer, line, $"file not found: {path}");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new SafetyPolicyException(referrer, line, $"cannot read {path}: {e.GetType().Name}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SafetyPolicyException(referrer, line, $"cannot read {path}: access denied", e);
        }
    }

    public static int LineOf(YamlNode node) => LineOf(node.Start);

    public static int LineOf(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    /// <summary>The mapping's entries by key; unknown or duplicate keys and missing required keys are errors.</summary>
    public static Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(
        YamlMappingNode mapping, string file, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> required)
    {
        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                throw new SafetyPolicyException(file, LineOf(keyNode), "keys must be plain strings");
            }

            if (!allowed.Contains(key))
            {
                throw new SafetyPolicyException(
                    file, LineOf(keyNode), $"unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
            }

            if (!entries.TryAdd(key, (scalarKey, value)))
            {
                throw new SafetyPolicyException(file, LineOf(keyNode), $"duplicate key '{key}'");
            }
        }

        foreach (var key in required)
        {
            if (!entries.ContainsKey(key))
            {
                throw new SafetyPolicyException(file, LineOf(mapping), $"missing required key '{key}'");
            }
        }

        return entries;
    }

    public static YamlMappingNode Mapping(YamlNode node, string file, string what) =>
        node as YamlMappingNode ?? throw new SafetyPolicyException(file, LineOf(node), $"{what} must be a mapping");

    public static string Scalar(YamlNode node, string file, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        throw new SafetyPolicyException(file, LineOf(node), $"{what} must be a non-empty string");
    }

    public static List<YamlScalarNode> ScalarList(YamlNode node, string file, string what)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new SafetyPolicyException(file, LineOf(node), $"{what} must be a list");
        }

        var items = new List<YamlScalarNode>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } } scalar)
            {
                throw new SafetyPolicyException(file, LineOf(item), $"each item of {what} must be a non-empty string");
            }

            items.Add(scalar);
        }

        return items;
    }

    public static void ExpectSchema1(YamlNode node, string file)
    {
        var value = Scalar(node, file, "schema");
        if (value != "1")
        {
            throw new SafetyPolicyException(file, LineOf(node), $"unsupported schema '{value}' (must be 1)");
        }
    }

    public static EscalationKind ParseKind(YamlNode node, string file) => Scalar(node, file, "kind") switch
    {
        "crisis" => EscalationKind.Crisis,
        "emergency" => EscalationKind.Emergency,
        var other => throw new SafetyPolicyException(
            file, LineOf(node), $"unknown kind '{other}' (allowed: crisis, emergency)"),
    };

    public static string KindName(EscalationKind kind) => kind switch
    {
        EscalationKind.Crisis => "crisis",
        EscalationKind.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Compiles <c>{ zh: [...], en: [...] }</c> into patterns with ids <c>&lt;name&gt;/&lt;lang&gt;/&lt;n&gt;</c>.</summary>
    public static List<SafetyPattern> Patterns(YamlNode node, string file, string name, string what)
    {
        var byLanguage = Entries(Mapping(node, file, what), file, Languages, []);
        var patterns = new List<SafetyPattern>();
        foreach (var language in Languages)
        {
            if (!byLanguage.TryGetValue(language, out var entry))
            {
                continue;
            }

            var index = 0;
            foreach (var item in ScalarList(entry.Value, file, $"{what}.{language}"))
            {
                index++;
                var regex = Compile(item, file);
                if (regex.IsMatch(string.Empty))
                {
                    throw new SafetyPolicyException(file, LineOf(item), "the pattern matches empty text, so it would match every message");
                }

                patterns.Add(new SafetyPattern(
                    string.Create(CultureInfo.InvariantCulture, $"{name}/{language}/{index}"), regex));
            }
        }

        return patterns;
    }

    public static Regex Compile(YamlScalarNode pattern, string file)
    {
        try
        {
            return new Regex(pattern.Value!, PatternOptions, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new SafetyPolicyException(file, LineOf(pattern), "invalid regular expression: " + e.Message, e);
        }
    }

    /// <summary>
    /// Resolves a file named in <paramref name="file"/> relative to <paramref name="baseDirectory"/>; it must stay
    /// inside that directory and exist.
    /// </summary>
    public static string Resolve(string baseDirectory, YamlScalarNode relative, string file)
    {
        var root = Path.GetFullPath(baseDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relative.Value!));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new SafetyPolicyException(file, LineOf(relative), $"'{relative.Value}' points outside the package");
        }

        if (!File.Exists(full))
        {
            throw new SafetyPolicyException(file, LineOf(relative), $"file not found: {relative.Value}");
        }

        return full;
    }
}
