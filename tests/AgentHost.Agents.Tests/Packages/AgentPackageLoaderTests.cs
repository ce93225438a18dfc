using AgentHost.Agents.Packages;

namespace AgentHost.Agents.Tests.Packages;

public sealed class AgentPackageLoaderTests : IDisposable
{
    private readonly PackageWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_scaffolded_package_is_valid_and_its_prompts_are_composed()
    {
        var package = AgentPackageLoader.Load(_workspace.PackageDirectory, _workspace.Context);
        Assert.Equal("demo-agent", package.Id);
        Assert.Equal("新助手", package.Manifest.Name["zh"]);
        Assert.EndsWith("不提供诊断或处方。", package.SystemPrompts["zh"], StringComparison.Ordinal);
        Assert.Contains("{{agent_name}}", package.SystemPrompts["en"], StringComparison.Ordinal);
        Assert.Equal(64, package.ContentHash.Length);
        Assert.Equal(package.Disclaimers["en"], package.Localized(package.Disclaimers, "en-US"));
        Assert.Equal(package.Disclaimers["zh"], package.Localized(package.Disclaimers, "fr"));
    }

    [Fact]
    public void An_unknown_key_is_reported_with_its_line()
    {
        _workspace.Edit("tools: []", "tools: []\ncolour: blue");
        var problem = Assert.Single(_workspace.Problems());
        Assert.Equal($"demo-agent/agent.yaml:{_workspace.LineOf("colour")}: unknown key 'colour'", problem.ToString());
    }

    [Fact]
    public void An_unknown_tool_points_at_its_list_item()
    {
        _workspace.Edit("tools: []", "tools:\n  - growth_assess\n  - bmi_guess");
        var problem = Assert.Single(_workspace.Problems());
        Assert.Equal(_workspace.LineOf("bmi_guess"), problem.Line);
        Assert.Contains("unknown tool 'bmi_guess'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schema: 1", "schema: 2", "schema must be 1 (got 2)")]
    [InlineData("id: demo-agent", "id: other-agent", "must equal the package folder name 'demo-agent'")]
    [InlineData("id: demo-agent", "id: Demo_Agent", "id must be lowercase letters")]
    [InlineData("version: 0.1.0", "version: latest", "version must be a semantic version")]
    [InlineData("  zh: 新助手\n", "", "name needs a zh text")]
    [InlineData("temperature: 0.3", "temperature: 3.5", "temperature must be between 0 and 2 (got 3.5)")]
    [InlineData("max_tokens: 800", "max_tokens: 0", "max_tokens must be between 1 and 8192")]
    [InlineData("zh: prompts/system.zh.md", "zh: prompts/missing.zh.md", "file 'prompts/missing.zh.md' does not exist in the package")]
    [InlineData("include: [safety]", "include: [safety, tone]", "shared prompt fragment 'tone' not found")]
    [InlineData("sources: knowledge/", "sources: docs/", "folder 'docs/' does not exist in the package")]
    [InlineData("top_k: 4", "top_k: 50", "top_k must be between 1 and 20")]
    [InlineData("policy: safety.yaml", "policy: ../../secrets.yaml", "points outside the package")]
    [InlineData("zh: prompts/disclaimer.zh.md, ", "", "safety.disclaimer needs a zh text file")]
    [InlineData("max_tokens: 800", "max_tokens: lots", "invalid value for this key")]
    public void Each_broken_manifest_gets_its_precise_error(string find, string replace, string expected)
    {
        _workspace.Edit(find, replace);
        var problems = _workspace.Problems();
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal) && p.Line > 0 && p.File == "demo-agent/agent.yaml");
    }

    [Fact]
    public void An_unknown_placeholder_in_a_prompt_names_the_prompt_file_and_line()
    {
        File.AppendAllText(Path.Combine(_workspace.PackageDirectory, "prompts", "system.en.md"), "\nWard: {{ward_name}}\n");
        var problem = Assert.Single(_workspace.Problems());
        Assert.Equal("demo-agent/prompts/system.en.md", problem.File);
        Assert.Equal(7, problem.Line);
        Assert.Contains("unknown placeholder {{ward_name}}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_and_a_missing_manifest_are_reported()
    {
        _workspace.Manifest = "schema: 1\nid: [unclosed\n";
        Assert.Contains("not valid YAML", Assert.Single(_workspace.Problems()).Message, StringComparison.Ordinal);

        File.Delete(_workspace.ManifestPath);
        Assert.Contains("needs an agent.yaml", Assert.Single(_workspace.Problems()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_throws_with_every_problem_listed()
    {
        _workspace.Edit("schema: 1", "schema: 3");
        _workspace.Edit("version: 0.1.0", "version: x");
        var error = Assert.Throws<AgentPackageException>(() => AgentPackageLoader.Load(_workspace.PackageDirectory, _workspace.Context));
        Assert.Equal("invalid_agent_package", error.Code);
        Assert.Equal(2, error.Problems.Count);
    }
}
