using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AgentHost.Agents.Safety;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AgentHost.Agents.Packages;

/// <summary>
/// Loads and validates an agent package (docs/AGENT-AUTHORING.md). Every problem is collected with its file and
/// line, so an author fixes them all in one pass; any problem makes the package invalid.
/// </summary>
public static partial class AgentPackageLoader
{
    public const string ManifestFileName = "agent.yaml";

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "agent_name", "locale", "date", "patient_context" };

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Loads the package in <paramref name="packageDirectory"/> or throws <see cref="AgentPackageException"/>.</summary>
    public static AgentPackage Load(string packageDirectory, PackageLoadContext context)
    {
        var (package, problems) = TryLoad(packageDirectory, context);
        return problems.Count == 0 ? package! : throw new AgentPackageException(Path.GetFileName(packageDirectory.TrimEnd('/')), problems);
    }

    /// <summary>Loads a package and returns every problem found (none means <c>package</c> is usable).</summary>
    public static (AgentPackage? Package, IReadOnlyList<PackageProblem> Problems) TryLoad(string packageDirectory, PackageLoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = Path.GetFullPath(packageDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var folder = Path.GetFileName(directory);
        var manifestFile = $"{folder}/{ManifestFileName}";
        var problems = new List<PackageProblem>();
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            return (null, [new PackageProblem(manifestFile, 0, "missing: every package needs an agent.yaml")]);
        }

        var yaml = File.ReadAllText(manifestPath);
        AgentManifest? manifest;
        YamlLocator locator;
        try
        {
            locator = new YamlLocator(yaml);
            manifest = Deserializer.Deserialize<AgentManifest>(yaml);
        }
        catch (YamlException ex)
        {
            return (null, [new PackageProblem(manifestFile, (int)ex.Start.Line, YamlErrors.Describe(ex, "an agent manifest"))]);
        }

        if (manifest is null)
        {
            return (null, [new PackageProblem(manifestFile, 1, "the file is empty")]);
        }

        var check = new ManifestChecks(manifest, directory, folder, manifestFile, locator, context, problems);
        check.All();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        SafetyPolicy safety;
        try
        {
            safety = SafetyPolicy.Load(directory, manifest.Safety.Policy, context.SharedSafetyDirectory, new SafetyPolicyOptions
            {
                DisclaimerFiles = manifest.Safety.Disclaimer,
                MinorsMode = manifest.Audience.MinorsMode,
                BreakReminderMinutes = manifest.Audience.BreakReminderMinutes > 0 ? manifest.Audience.BreakReminderMinutes : 30,
            });
        }
        catch (SafetyPolicyException ex)
        {
            var agentsRoot = Path.GetDirectoryName(directory)!;
            var shared = Path.GetDirectoryName(context.SharedSafetyDirectory.TrimEnd(Path.DirectorySeparatorChar)) ?? agentsRoot;
            var file = ex.File.StartsWith(directory, StringComparison.Ordinal) ? Path.GetRelativePath(agentsRoot, ex.File) : Path.GetRelativePath(shared, ex.File);
            return (null, [new PackageProblem(file.Replace('\\', '/'), ex.Line ?? 0, ex.Problem)]);
        }

        var systemPrompts = manifest.Prompts.System.ToDictionary(
            p => p.Key,
            p => ComposeSystemPrompt(File.ReadAllText(Path.Combine(directory, p.Value)), p.Key, manifest.Prompts.Include, context));
        var disclaimers = manifest.Safety.Disclaimer.ToDictionary(d => d.Key, d => File.ReadAllText(Path.Combine(directory, d.Value)).Trim());
        var package = new AgentPackage
        {
            Manifest = manifest,
            Directory = directory,
            SystemPrompts = systemPrompts,
            Disclaimers = disclaimers,
            Safety = safety,
            KnowledgeDirectory = manifest.Knowledge is null ? null : Path.Combine(directory, manifest.Knowledge.Sources),
            ContentHash = HashOf(directory),
        };
        return (package, []);
    }

    /// <summary>The placeholders used in a prompt template that the host does not know.</summary>
    internal static IEnumerable<string> UnknownPlaceholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct();

    /// <summary>The shared fragment file for a name and locale, falling back to zh.</summary>
    internal static string? SharedFragment(PackageLoadContext context, string name, string locale)
    {
        var exact = Path.Combine(context.SharedPromptsDirectory, $"{name}.{locale}.md");
        if (File.Exists(exact))
        {
            return exact;
        }

        var chinese = Path.Combine(context.SharedPromptsDirectory, $"{name}.zh.md");
        return File.Exists(chinese) ? chinese : null;
    }

    private static string ComposeSystemPrompt(string system, string locale, List<string> include, PackageLoadContext context)
    {
        var text = new StringBuilder(system.Trim());
        foreach (var name in include)
        {
            text.Append("\n\n").Append(File.ReadAllText(SharedFragment(context, name, locale)!).Trim());
        }

        return text.ToString();
    }

    private static string HashOf(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
