using System.Text.RegularExpressions;
using AgentHost.Agents.Packages;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AgentHost.Agents.Evaluation;

/// <summary>
/// Loads a package's <c>evals/*.yaml</c> strictly: unknown keys, bad values, unknown tools, invalid regular
/// expressions and duplicate ids are all reported with file and line, like the package loader does.
/// </summary>
public static partial class EvalCaseLoader
{
    private static readonly HashSet<string> EscalationValues = new(StringComparer.Ordinal) { "true", "false", "crisis", "emergency" };

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The package's cases in file order, and every problem found (cases are usable only when there is none).</summary>
    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<PackageProblem> Problems) Load(AgentPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var agentsDirectory = Path.GetDirectoryName(package.Directory)!;
        if (package.Manifest.Evals is null)
        {
            return ([], [new PackageProblem($"{Path.GetFileName(package.Directory)}/{AgentPackageLoader.ManifestFileName}", 0, "no evals: folder is declared")]);
        }

        var cases = new List<EvalCase>();
        var problems = new List<PackageProblem>();
        var folder = Path.Combine(package.Directory, package.Manifest.Evals);
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            problems.Add(new PackageProblem(Relative(agentsDirectory, folder), 0, "the evals folder has no *.yaml cases"));
        }

        var documentIds = KnowledgeDocumentIds(package);
        foreach (var path in files)
        {
            LoadFile(path, Relative(agentsDirectory, path), package, documentIds, cases, problems);
        }

        foreach (var duplicate in cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            problems.Add(new PackageProblem(duplicate.File, duplicate.Line, $"duplicate case id '{duplicate.Id}'"));
        }

        return (cases, problems);
    }

    private static void LoadFile(string path, string file, AgentPackage package, HashSet<string> documentIds, List<EvalCase> cases, List<PackageProblem> problems)
    {
        var yaml = File.ReadAllText(path);
        EvalCaseFile? parsed;
        YamlLocator locator;
        try
        {
            locator = new YamlLocator(yaml);
            parsed = Deserializer.Deserialize<EvalCaseFile>(yaml);
        }
        catch (YamlException ex)
        {
            problems.Add(new PackageProblem(file, (int)ex.Start.Line, YamlErrors.Describe(ex, "evaluation cases")));
            return;
        }

        if (parsed is null || parsed.Cases.Count == 0)
        {
            problems.Add(new PackageProblem(file, 1, "the file has no cases (a top-level 'cases:' list)"));
            return;
        }

        for (var i = 0; i < parsed.Cases.Count; i++)
        {
            var evalCase = parsed.Cases[i];
            evalCase.File = file;
            evalCase.Line = locator.LineOf("cases", i);
            var check = new EvalCaseChecks(evalCase, package, documentIds, (message, keys) =>
                problems.Add(new PackageProblem(file, locator.LineOf([.. new object[] { "cases", i }.Concat(keys)]), message)));
            check.All();
            cases.Add(evalCase);
        }
    }

    /// <summary>
    /// The <c>id:</c> of every knowledge document's front matter (the package's and the evaluation's test documents), so
    /// <c>cites</c> can be checked up front.
    /// </summary>
    private static HashSet<string> KnowledgeDocumentIds(AgentPackage package)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var folders = new[] { package.KnowledgeDirectory, EvalKnowledge.TestDocuments(package) }.OfType<string>().Where(Directory.Exists);
        foreach (var path in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)))
        {
            ids.Add(Path.GetFileNameWithoutExtension(path));
            var match = FrontMatterId().Match(File.ReadAllText(path));
            if (match.Success)
            {
                ids.Add(match.Groups[1].Value.Trim());
            }
        }

        return ids;
    }

    internal static bool IsKnownEscalation(string value) => EscalationValues.Contains(value);

    private static string Relative(string agentsDirectory, string path) => Path.GetRelativePath(agentsDirectory, path).Replace('\\', '/');

    [GeneratedRegex(@"\A---\s*\n(?:.*\n)*?id:\s*(\S+)\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterId();
}
