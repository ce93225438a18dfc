using System.Text.RegularExpressions;

namespace AgentHost.Agents.Packages;

/// <summary>The rules of a valid manifest, each adding a <see cref="PackageProblem"/> that points at its key.</summary>
internal sealed partial class ManifestChecks(
    AgentManifest manifest,
    string directory,
    string folder,
    string manifestFile,
    YamlLocator locator,
    PackageLoadContext context,
    List<PackageProblem> problems)
{
    public void All()
    {
        Identity();
        Texts();
        Generation();
        Prompts();
        Tools();
        Knowledge();
        Safety();
        if (manifest.Evals is { } evals)
        {
            Folder(evals, "evals");
        }
    }

    private void Identity()
    {
        if (manifest.Schema != 1)
        {
            Problem($"schema must be 1 (got {manifest.Schema})", "schema");
        }

        if (!IdFormat().IsMatch(manifest.Id))
        {
            Problem("id must be lowercase letters, digits and '-' (e.g. child-growth)", "id");
        }
        else if (manifest.Id != folder)
        {
            Problem($"id '{manifest.Id}' must equal the package folder name '{folder}'", "id");
        }

        if (!SemVer().IsMatch(manifest.Version))
        {
            Problem("version must be a semantic version such as 1.0.0", "version");
        }

        if (manifest.DefaultLocale is not ("zh" or "en"))
        {
            Problem("default_locale must be zh or en", "default_locale");
        }
    }

    private void Texts()
    {
        foreach (var (key, texts) in new[] { ("name", manifest.Name), ("description", manifest.Description), ("greeting", manifest.Greeting) })
        {
            if (!texts.TryGetValue("zh", out var zh) || string.IsNullOrWhiteSpace(zh))
            {
                Problem($"{key} needs a zh text", key);
            }

            foreach (var locale in texts.Keys.Where(l => l is not ("zh" or "en")))
            {
                Problem($"{key} has unknown locale '{locale}' (zh, en)", key, locale);
            }
        }

        if (manifest.Audience.MinAge < 0 || manifest.Audience.MaxAge < manifest.Audience.MinAge)
        {
            Problem("audience ages must satisfy 0 <= min_age <= max_age", "audience");
        }

        if (manifest.Audience.MinorsMode && manifest.Audience.BreakReminderMinutes <= 0)
        {
            Problem("minors_mode needs break_reminder_minutes > 0", "audience", "break_reminder_minutes");
        }
    }

    private void Generation()
    {
        if (manifest.Model.Temperature is < 0 or > 2)
        {
            Problem($"temperature must be between 0 and 2 (got {manifest.Model.Temperature})", "model", "temperature");
        }

        if (manifest.Model.MaxTokens is < 1 or > 8192)
        {
            Problem($"max_tokens must be between 1 and 8192 (got {manifest.Model.MaxTokens})", "model", "max_tokens");
        }
    }

    private void Prompts()
    {
        if (!manifest.Prompts.System.ContainsKey("zh"))
        {
            Problem("prompts.system needs a zh prompt", "prompts", "system");
        }

        foreach (var (locale, file) in manifest.Prompts.System)
        {
            if (PackageFile(file, "prompts", "system", locale) is { } path)
            {
                Placeholders(path, $"{folder}/{file}");
            }
        }

        for (var i = 0; i < manifest.Prompts.Include.Count; i++)
        {
            var name = manifest.Prompts.Include[i];
            if (AgentPackageLoader.SharedFragment(context, name, "zh") is not { } shared)
            {
                Problem($"shared prompt fragment '{name}' not found (expected prompts/{name}.zh.md next to the agents folder)", "prompts", "include", i);
            }
            else
            {
                Placeholders(shared, $"prompts/{Path.GetFileName(shared)}");
            }
        }
    }

    private void Tools()
    {
        for (var i = 0; i < manifest.Tools.Count; i++)
        {
            if (!context.KnownTools.Contains(manifest.Tools[i]))
            {
                Problem($"unknown tool '{manifest.Tools[i]}' (see `agenthost tool --list`)", "tools", i);
            }
        }

        if (manifest.Tools.Distinct(StringComparer.Ordinal).Count() != manifest.Tools.Count)
        {
            Problem("a tool is listed twice", "tools");
        }
    }

    private void Knowledge()
    {
        if (manifest.Knowledge is not { } knowledge)
        {
            return;
        }

        Folder(knowledge.Sources, "knowledge", "sources");
        if (knowledge.TopK is < 1 or > 20)
        {
            Problem($"top_k must be between 1 and 20 (got {knowledge.TopK})", "knowledge", "top_k");
        }

        if (knowledge.Collection is { } collection && !IdFormat().IsMatch(collection))
        {
            Problem("collection must be lowercase letters, digits and '-'", "knowledge", "collection");
        }
    }

    private void Safety()
    {
        if (string.IsNullOrWhiteSpace(manifest.Safety.Policy))
        {
            Problem("safety.policy is required (the package's safety.yaml)", "safety");
        }
        else
        {
            PackageFile(manifest.Safety.Policy, "safety", "policy");
        }

        if (!manifest.Safety.Disclaimer.ContainsKey("zh"))
        {
            Problem("safety.disclaimer needs a zh text file", "safety", "disclaimer");
        }

        foreach (var (locale, file) in manifest.Safety.Disclaimer)
        {
            PackageFile(file, "safety", "disclaimer", locale);
        }
    }

    private string? PackageFile(string relative, params object[] path)
    {
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Problem($"'{relative}' points outside the package", path);
            return null;
        }

        if (!File.Exists(full))
        {
            Problem($"file '{relative}' does not exist in the package", path);
            return null;
        }

        return full;
    }

    private void Folder(string relative, params object[] path)
    {
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != directory)
        {
            Problem($"'{relative}' points outside the package", path);
        }
        else if (!Directory.Exists(full))
        {
            Problem($"folder '{relative}' does not exist in the package", path);
        }
    }

    private void Placeholders(string file, string shownAs)
    {
        foreach (var unknown in AgentPackageLoader.UnknownPlaceholders(File.ReadAllText(file)))
        {
            problems.Add(new PackageProblem(shownAs, LineOfText(file, unknown),
                $"unknown placeholder {{{{{unknown}}}}} (known: agent_name, locale, date, patient_context)"));
        }
    }

    private static int LineOfText(string file, string placeholder)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains(placeholder, StringComparison.Ordinal));
        return index + 1;
    }

    private void Problem(string message, params object[] path) =>
        problems.Add(new PackageProblem(manifestFile, locator.LineOf(path), message));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdFormat();

    [GeneratedRegex(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
