using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Tests.Packages;

namespace AgentHost.Agents.Tests.Evaluation;

/// <summary>The strict loader: every problem with its file and line.</summary>
public sealed class EvalCaseLoaderTests : IDisposable
{
    private readonly PackageWorkspace _workspace = new("eval-agent");

    public EvalCaseLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.PackageDirectory, "evals"));
        _workspace.Edit("tools: []", "tools: [inr_check, growth_assess]");
        _workspace.Manifest = _workspace.Manifest.TrimEnd() + "\nevals: evals/\n";
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_valid_file_loads_every_kind_of_check()
    {
        var (cases, problems) = Load("""
            cases:
              - id: tool-case
                red_team: true
                category: tool
                locale: en
                patient_context: 'synthetic'
                required_tool: inr_check
                turns: ['first', 'second']
                expect:
                  escalates: 'false'
                  calls_tool: { name: inr_check, arguments: { 'readings[0].inr': { equals: 2.5 } } }
                  tool_result: { fields: { 'latest.inr': { min: 2, max: 3 } } }
                  must_include: ['(?i)inr']
                  must_not_include: ['\d+ ?mg']
                  max_latency_ms: 5000
                  judge: 'Explains the INR result kindly.'
            """);

        Assert.Empty(problems);
        var evalCase = Assert.Single(cases);
        Assert.Equal(["first", "second"], evalCase.Turns);
        Assert.Equal("2.5", evalCase.Expect.CallsTool!.Arguments["readings[0].inr"].Expected);
        Assert.Equal(2, evalCase.Line);
        Assert.Equal("eval-agent/evals/cases.yaml", evalCase.File);
    }

    [Fact]
    public void Problems_are_reported_with_file_and_line()
    {
        var (_, problems) = Load("""
            cases:
              - id: Bad Id
                turns: ['hi']
                expect:
                  escalates: maybe
                  calls_tool: { name: no_such_tool }
                  must_include: ['(unclosed']
              - id: second
                turns: []
                required_tool: growth_assess
                expect: {}
              - id: second
                turns: ['x']
                expect: { escalates: 'true' }
            """);

        var text = problems.Select(p => p.ToString()).ToList();
        Assert.Contains("eval-agent/evals/cases.yaml:2: id: required, lowercase letters, digits, '-', '_' or '.'", text);
        Assert.Contains("eval-agent/evals/cases.yaml:5: escalates: 'maybe' is not true, false, crisis or emergency", text);
        Assert.Contains("eval-agent/evals/cases.yaml:6: calls_tool: 'no_such_tool' is not one of this agent's tools", text);
        Assert.Contains(text, t => t.StartsWith("eval-agent/evals/cases.yaml:7: must_include: invalid regular expression", StringComparison.Ordinal));
        Assert.Contains("eval-agent/evals/cases.yaml:9: turns: at least one user message is required", text);
        Assert.Contains("eval-agent/evals/cases.yaml:11: expect: at least one check is required", text);
        Assert.Contains(text, t => t.StartsWith("eval-agent/evals/cases.yaml:12: duplicate case id 'second'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_key_is_one_problem_at_its_line()
    {
        var (_, problems) = Load("""
            cases:
              - id: a
                turns: ['hi']
                expect:
                  escalate: true
            """);

        Assert.Equal("eval-agent/evals/cases.yaml:5: unknown key 'escalate'", Assert.Single(problems).ToString());
    }

    private (IReadOnlyList<EvalCase> Cases, IReadOnlyList<PackageProblem> Problems) Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_workspace.PackageDirectory, "evals", "cases.yaml"), yaml);
        var package = AgentPackageLoader.Load(_workspace.PackageDirectory, _workspace.Context);
        return EvalCaseLoader.Load(package);
    }
}
