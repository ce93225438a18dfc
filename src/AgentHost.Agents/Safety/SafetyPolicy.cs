using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Safety;

/// <summary>
/// A package's deterministic safety gates (docs/AGENT-AUTHORING.md, <c>safety.yaml</c>): the pre-gate that decides
/// whether a message escalates instead of reaching the model, the escalation scripts, the post-gate on the model's
/// answer and the disclaimer, and minors' mode. Immutable and thread-safe once loaded.
/// </summary>
public sealed class SafetyPolicy
{
    internal static readonly string[] EscalationPlaceholders =
        ["hotline_crisis", "hotline_emergency", "hotline_police", "hospital_contact"];

    private static readonly string[] _policyKeys = ["schema", "lexicons", "patterns", "escalation", "post_gate", "minors"];
    private static readonly string[] _policyRequired = ["schema", "lexicons", "escalation"];
    private static readonly string[] _kindKeys = ["crisis", "emergency"];
    private static readonly string[] _postGateKeys = ["forbid"];
    private static readonly string[] _minorsKeys = ["disclosure", "break_reminder"];
    private static readonly string[] _postGateOrder =
        [PostGateRules.SelfHarmMethod, PostGateRules.DoseChange, PostGateRules.Prescription, PostGateRules.DiagnosisAsFact];

    private readonly IReadOnlyList<SafetyLexicon> _lexicons;
    private readonly IReadOnlyDictionary<EscalationKind, LocalizedTemplate> _escalations;
    private readonly IReadOnlyList<PostGateRule> _postGate;
    private readonly LocalizedTemplate _disclaimer;

    private SafetyPolicy(
        IReadOnlyList<SafetyLexicon> lexicons,
        IReadOnlyDictionary<EscalationKind, LocalizedTemplate> escalations,
        IReadOnlyList<PostGateRule> postGate,
        LocalizedTemplate disclaimer,
        MinorsProtection? minors)
    {
        _lexicons = lexicons;
        _escalations = escalations;
        _postGate = postGate;
        _disclaimer = disclaimer;
        Minors = minors;
    }

    /// <summary>Minors' mode texts and timing; null unless the manifest turned minors' mode on.</summary>
    public MinorsProtection? Minors { get; }

    /// <summary>The shared lexicons and package pattern sets checked by the pre-gate, in checking order.</summary>
    public IReadOnlyList<string> LexiconNames => [.. _lexicons.Select(l => l.Name)];

    /// <summary>The post-gate rules in force (always including <c>self_harm_method</c>).</summary>
    public IReadOnlyList<string> PostGateRuleNames => [.. _postGate.Select(r => r.Name)];

    /// <summary>
    /// Loads and validates a package's policy. <paramref name="policyFile"/> is relative to
    /// <paramref name="packageDirectory"/> (<c>safety.policy</c> of agent.yaml); <paramref name="sharedSafetyDirectory"/>
    /// is the top-level <c>safety/</c> folder. Any error is a <see cref="SafetyPolicyException"/> naming file and line.
    /// </summary>
    public static SafetyPolicy Load(
        string packageDirectory, string policyFile, string sharedSafetyDirectory, SafetyPolicyOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(policyFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedSafetyDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var file = Path.GetFullPath(Path.Combine(packageDirectory, policyFile));
        var root = SafetyYaml.LoadMapping(file);
        var entries = SafetyYaml.Entries(root, file, _policyKeys, _policyRequired);
        SafetyYaml.ExpectSchema1(entries["schema"].Value, file);

        var lexicons = new List<SafetyLexicon>();
        var kindLines = new Dictionary<EscalationKind, int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var nameNode in SafetyYaml.ScalarList(entries["lexicons"].Value, file, "lexicons"))
        {
            var name = nameNode.Value!;
            var line = SafetyYaml.LineOf(nameNode);
            if (!IsLexiconName(name))
            {
                throw new SafetyPolicyException(file, line, $"invalid lexicon name '{name}' (lowercase letters, digits, '-')");
            }

            if (!names.Add(name))
            {
                throw new SafetyPolicyException(file, line, $"lexicon '{name}' is listed twice");
            }

            var lexiconFile = Path.GetFullPath(Path.Combine(sharedSafetyDirectory, name + ".yaml"));
            if (!File.Exists(lexiconFile))
            {
                throw new SafetyPolicyException(file, line, $"unknown lexicon '{name}': {lexiconFile} does not exist");
            }

            var lexicon = SafetyLexicon.Load(lexiconFile, name);
            lexicons.Add(lexicon);
            kindLines.TryAdd(lexicon.Kind, line);
        }

        if (entries.TryGetValue("patterns", out var patterns))
        {
            var byKind = SafetyYaml.Entries(SafetyYaml.Mapping(patterns.Value, file, "patterns"), file, _kindKeys, []);
            foreach (var (kindName, (key, value)) in byKind)
            {
                var kind = SafetyYaml.ParseKind(key, file);
                lexicons.Add(SafetyLexicon.FromPackagePatterns(value, file, kind));
                kindLines.TryAdd(kind, SafetyYaml.LineOf(key));
            }
        }

        if (lexicons.Count == 0)
        {
            throw new SafetyPolicyException(file, SafetyYaml.LineOf(entries["lexicons"].Key), "the policy checks nothing: name at least one lexicon");
        }

        var escalations = new Dictionary<EscalationKind, LocalizedTemplate>();
        var escalationEntries = SafetyYaml.Entries(
            SafetyYaml.Mapping(entries["escalation"].Value, file, "escalation"), file, _kindKeys, []);
        foreach (var (kindName, (key, value)) in escalationEntries)
        {
            escalations[SafetyYaml.ParseKind(key, file)] = LocalizedTemplate.FromYaml(
                value, file, packageDirectory, "escalation." + kindName, EscalationPlaceholders);
        }

        foreach (var (kind, line) in kindLines)
        {
            if (!escalations.ContainsKey(kind))
            {
                throw new SafetyPolicyException(
                    file, line, $"a {SafetyYaml.KindName(kind)} pattern can fire but escalation.{SafetyYaml.KindName(kind)} is missing");
            }
        }

        var postGate = LoadPostGate(entries, file);
        var minors = LoadMinors(entries, file, packageDirectory, options);
        var disclaimer = LocalizedTemplate.FromFiles(
            options.DisclaimerFiles, packageDirectory, Path.GetFullPath(Path.Combine(packageDirectory, "agent.yaml")), []);

        // Crisis first: an overdose on warfarin is a crisis before it is a bleeding emergency.
        var ordered = lexicons.Where(l => l.Kind == EscalationKind.Crisis)
            .Concat(lexicons.Where(l => l.Kind != EscalationKind.Crisis))
            .ToList();
        return new SafetyPolicy(ordered, escalations, postGate, disclaimer, minors);
    }

    /// <summary>
    /// The pre-gate: checks every pattern of both languages, whatever the locale, against the normalized message.
    /// The result names the rule, never the text.
    /// </summary>
    public InputGateResult CheckInput(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = SafetyTextNormalizer.Normalize(message);
        foreach (var lexicon in _lexicons)
        {
            if (lexicon.FindHit(normalized) is { } ruleId)
            {
                return InputGateResult.Hit(lexicon.Kind, ruleId);
            }
        }

        return InputGateResult.None;
    }

    /// <summary>
    /// The post-gate: an answer that passes comes back with the disclaimer appended; one that breaks a rule is
    /// replaced by that rule's fixed reply (plus the disclaimer), and the result names the rule.
    /// </summary>
    public OutputGateResult CheckOutput(string answer, string locale)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var normalized = SafetyTextNormalizer.Normalize(answer);
        var disclaimer = _disclaimer.Raw(locale);
        foreach (var rule in _postGate)
        {
            if (rule.FindHit(normalized) is { } ruleId)
            {
                return OutputGateResult.Replace(rule.Replacement(locale) + "\n\n" + disclaimer, ruleId);
            }
        }

        return OutputGateResult.Pass(answer.TrimEnd() + "\n\n" + disclaimer);
    }

    /// <summary>The disclaimer text for the locale (zh when the package has none for it).</summary>
    public string Disclaimer(string locale) => _disclaimer.Raw(locale);

    /// <summary>True when the package has a script for <paramref name="kind"/>.</summary>
    public bool CanEscalate(EscalationKind kind) => _escalations.ContainsKey(kind);

    /// <summary>The package's fixed script for the kind and locale (zh fallback), with the contacts filled in.</summary>
    public string RenderEscalation(EscalationKind kind, string locale, EscalationContacts contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        if (!_escalations.TryGetValue(kind, out var template))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), $"The package has no {SafetyYaml.KindName(kind)} escalation script.");
        }

        return template.Render(locale, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["hotline_crisis"] = contacts.HotlineCrisis,
            ["hotline_emergency"] = contacts.HotlineEmergency,
            ["hotline_police"] = contacts.HotlinePolice,
            ["hospital_contact"] = contacts.HospitalContact,
        });
    }

    private static List<PostGateRule> LoadPostGate(
        Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string file)
    {
        var rules = new List<PostGateRule> { PostGateRules.All[PostGateRules.SelfHarmMethod] };
        if (!entries.TryGetValue("post_gate", out var postGate))
        {
            return rules;
        }

        var postEntries = SafetyYaml.Entries(
            SafetyYaml.Mapping(postGate.Value, file, "post_gate"), file, _postGateKeys, _postGateKeys);
        foreach (var item in SafetyYaml.ScalarList(postEntries["forbid"].Value, file, "post_gate.forbid"))
        {
            if (!PostGateRules.All.TryGetValue(item.Value!, out var rule))
            {
                throw new SafetyPolicyException(
                    file,
                    SafetyYaml.LineOf(item),
                    $"unknown post-gate rule '{item.Value}' (allowed: {string.Join(", ", PostGateRules.All.Keys)})");
            }

            if (rules.Contains(rule) && rule.Name != PostGateRules.SelfHarmMethod)
            {
                throw new SafetyPolicyException(file, SafetyYaml.LineOf(item), $"post-gate rule '{item.Value}' is listed twice");
            }

            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        // Most specific first, so the reply fits: a dose change is also a dose, but "don't change it yourself" helps more.
        return [.. rules.OrderBy(r => Array.IndexOf(_postGateOrder, r.Name))];
    }

    private static MinorsProtection? LoadMinors(
        Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries,
        string file,
        string packageDirectory,
        SafetyPolicyOptions options)
    {
        if (!entries.TryGetValue("minors", out var minors))
        {
            if (options.MinorsMode)
            {
                throw new SafetyPolicyException(file, 1, "agent.yaml turns minors_mode on, so safety.yaml needs a 'minors' section");
            }

            return null;
        }

        if (!options.MinorsMode)
        {
            throw new SafetyPolicyException(
                file, SafetyYaml.LineOf(minors.Key), "a 'minors' section needs audience.minors_mode: true in agent.yaml");
        }

        if (options.BreakReminderMinutes is < 1 or > 24 * 60)
        {
            throw new SafetyPolicyException(
                Path.GetFullPath(Path.Combine(packageDirectory, "agent.yaml")), null, "audience.break_reminder_minutes must be between 1 and 1440");
        }

        var minorEntries = SafetyYaml.Entries(SafetyYaml.Mapping(minors.Value, file, "minors"), file, _minorsKeys, _minorsKeys);
        return new MinorsProtection(
            LocalizedTemplate.FromYaml(
                minorEntries["disclosure"].Value, file, packageDirectory, "minors.disclosure", MinorsProtection.DisclosurePlaceholders),
            LocalizedTemplate.FromYaml(
                minorEntries["break_reminder"].Value, file, packageDirectory, "minors.break_reminder", MinorsProtection.BreakReminderPlaceholders),
            TimeSpan.FromMinutes(options.BreakReminderMinutes));
    }

    private static bool IsLexiconName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
