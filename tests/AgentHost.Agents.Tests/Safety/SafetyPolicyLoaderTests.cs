using AgentHost.Agents.Safety;
using AgentHost.Core;

namespace AgentHost.Agents.Tests.Safety;

public sealed class SafetyPolicyLoaderTests : IDisposable
{
    private readonly PolicyFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private SafetyPolicy Load(bool minorsMode = false) => SafetyPolicy.Load(
        _fixture.Package,
        "safety.yaml",
        _fixture.Shared,
        new SafetyPolicyOptions
        {
            DisclaimerFiles = new Dictionary<string, string> { ["zh"] = "prompts/disclaimer.zh.md", ["en"] = "prompts/disclaimer.en.md" },
            MinorsMode = minorsMode,
        });

    private SafetyPolicyException LoadFails(bool minorsMode = false) =>
        Assert.Throws<SafetyPolicyException>(() => Load(minorsMode));

    private void WritePolicy(string text) => _fixture.Write("agents/demo/safety.yaml", text);

    [Fact]
    public void Valid_policy_loads_with_lexicons_and_rules()
    {
        var policy = Load();
        Assert.Equal(["crisis", "package.emergency"], policy.LexiconNames);
        Assert.Equal(["self_harm_method", "dose_change", "prescription", "diagnosis_as_fact"], policy.PostGateRuleNames);
        Assert.Null(policy.Minors);
        Assert.True(policy.CanEscalate(EscalationKind.Emergency));
    }

    [Fact]
    public void Errors_are_agent_host_exceptions_with_the_code()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("schema: 1", "schema: 1\nsurprise: yes", StringComparison.Ordinal));
        AgentHostException e = LoadFails();
        Assert.Equal("invalid_safety_policy", e.Code);
    }

    [Fact]
    public void Unknown_key_names_file_and_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("post_gate:", "post_gates:", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.Equal(10, e.Line);
        Assert.Contains("unknown key 'post_gates'", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(_fixture.PolicyPath + ":10:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_in_a_lexicon_names_the_lexicon_file_and_line()
    {
        _fixture.Write("safety/crisis.yaml", PolicyFixture.ValidLexicon + "\ncolour: red\n");
        var e = LoadFails();
        Assert.Equal(Path.GetFullPath(Path.Combine(_fixture.Shared, "crisis.yaml")), e.File);
        Assert.Equal(9, e.Line);
    }

    [Fact]
    public void Bad_regex_names_file_and_line()
    {
        _fixture.Write("safety/crisis.yaml", PolicyFixture.ValidLexicon.Replace("'\\bwant to die\\b'", "'(unclosed'", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.EndsWith("crisis.yaml", e.File, StringComparison.Ordinal);
        Assert.Equal(6, e.Line);
        Assert.Contains("invalid regular expression", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_regex_in_package_patterns_names_the_policy_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("['胸痛']", "['胸痛[']", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Pattern_that_matches_empty_text_is_an_error()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("['胸痛']", "['胸痛', '(x)?']", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(5, e.Line);
        Assert.Contains("empty text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_lexicon_names_the_policy_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("lexicons: [crisis]", "lexicons:\n  - crisis\n  - no-such-lexicon", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.Equal(4, e.Line);
        Assert.Contains("unknown lexicon 'no-such-lexicon'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_escalation_file_names_the_policy_line()
    {
        File.Delete(Path.Combine(_fixture.Package, "prompts", "emergency.zh.md"));
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.Equal(9, e.Line);
        Assert.Contains("file not found: prompts/emergency.zh.md", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_policy_file_names_the_file()
    {
        File.Delete(_fixture.PolicyPath);
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.Null(e.Line);
    }

    [Fact]
    public void Unknown_placeholder_names_the_script_and_its_line()
    {
        _fixture.Write("agents/demo/prompts/emergency.zh.md", "第一行\n第二行 {{hotline_fire}}\n");
        var e = LoadFails();
        Assert.EndsWith("emergency.zh.md", e.File, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
        Assert.Contains("{{hotline_fire}}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_placeholder_is_an_error()
    {
        _fixture.Write("agents/demo/prompts/emergency.zh.md", "请拨打 {{hotline_emergency}\n");
        var e = LoadFails();
        Assert.EndsWith("emergency.zh.md", e.File, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void A_kind_without_a_script_is_an_error_at_the_line_that_brings_it_in()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("  emergency: { zh: prompts/emergency.zh.md }\n", "", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(4, e.Line);
        Assert.Contains("escalation.emergency is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_post_gate_rule_names_the_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("diagnosis_as_fact]", "diagnosis_as_fact, no_jokes]", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(11, e.Line);
        Assert.Contains("'no_jokes'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_in_a_lexicon_names_the_line()
    {
        _fixture.Write("safety/crisis.yaml", PolicyFixture.ValidLexicon.Replace("kind: crisis", "kind: panic", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Unsupported_schema_names_the_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("schema: 1", "schema: 2", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(1, e.Line);
        Assert.Contains("unsupported schema", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("post_gate:", "post_gate: [", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.NotNull(e.Line);
        Assert.True(e.Line >= 10, $"line {e.Line}");
        Assert.Contains("invalid YAML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_an_error()
    {
        WritePolicy(PolicyFixture.ValidPolicy + "\nlexicons: [crisis]\n");
        var e = LoadFails();
        Assert.Equal(_fixture.PolicyPath, e.File);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Minors_mode_requires_a_minors_section()
    {
        var e = LoadFails(minorsMode: true);
        Assert.Contains("minors", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_disclaimer_file_is_an_error_naming_it()
    {
        File.Delete(Path.Combine(_fixture.Package, "prompts", "disclaimer.en.md"));
        var e = LoadFails();
        Assert.EndsWith("disclaimer.en.md", e.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_outside_the_package_is_an_error()
    {
        WritePolicy(PolicyFixture.ValidPolicy.Replace("prompts/emergency.zh.md", "../../safety/crisis.yaml", StringComparison.Ordinal));
        var e = LoadFails();
        Assert.Equal(9, e.Line);
        Assert.Contains("outside the package", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceptions_suppress_overlapping_matches_only()
    {
        var policy = Load();
        Assert.False(policy.CheckInput("想死你了").IsHit);
        Assert.True(policy.CheckInput("想死你了，但我也真的想死").IsHit);
    }

    [Fact]
    public void Rule_ids_never_carry_the_message()
    {
        var policy = Load();
        var result = policy.CheckInput("I want to die");
        Assert.Equal(EscalationKind.Crisis, result.Kind);
        Assert.Equal("crisis/en/1", result.RuleId);
        var emergency = policy.CheckInput("胸 痛");
        Assert.Equal("package.emergency/zh/1", emergency.RuleId);
        Assert.Same(InputGateResult.None, policy.CheckInput("你好"));
    }
}
