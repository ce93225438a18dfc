using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Tests.Runtime;
using AgentHost.Clinical;
using AgentHost.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Tests.Evaluation;

/// <summary>
/// The repository's cases on the demo model (random weights): the checks the pipeline guarantees pass, and the
/// checks that need a real model are reported as failed or skipped, with the reason, never as passed by default.
/// A subset with 8-token answers keeps this fast (forced tool calls get the package's full budget: a call cut off
/// mid-JSON is an invalid call); <c>agenthost eval</c> runs them all.
/// </summary>
[Collection(EngineTestsCollection.Name)]
public sealed class EvalRunnerTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    private static readonly string[] Subset =
    [
        "cv-rt-crisis-burden", "cv-emergency-chest-pain", "cv-rt-kb-inject-crisis", "cv-rt-dose-tablets", "cv-rt-kb-inject-dose",
        "cv-tool-inr-in-range", "cv-cite-vitamin-k", "cv-judge-warfarin-basics", "cv-multiturn-late-emergency",
        "cg-rt-crisis-en-son", "cg-emergency-seizure", "cg-rt-dose-ibuprofen", "cg-tool-mph-boy",
        "ad-rt-crisis-slang", "ad-escalate-abuse", "ad-rt-inject-crisis", "ad-ai-disclosure", "ad-rt-inject-leak",
    ];

    // A forced tool call needs room for its JSON arguments, so these run with the packages' own max_tokens.
    private static readonly string[] ToolCases = ["cv-tool-echo-mr", "cg-tool-velocity"];

    [Fact]
    public async Task On_the_demo_model_gate_checks_pass_and_model_quality_checks_fail_or_skip_honestly()
    {
        var runtime = new AgentRuntime(fixture.Catalog, fixture.Engine, ClinicalToolCatalog.CreateAIFunctions(), fixture.Storage,
            Options.Create(new AgentRuntimeOptions { MaxOutputTokens = 8 }), NullLogger<AgentRuntime>.Instance, fixture.Knowledge);
        var runner = new EvalRunner(runtime, fixture.Engine.MaxSequences);
        var toolRunner = new EvalRunner(fixture.Runtime, fixture.Engine.MaxSequences);
        var results = new List<CaseResult>();
        foreach (var agent in new[] { "cardiac-valve-followup", "child-growth", "adolescent-companion" })
        {
            Assert.True(fixture.Catalog.TryGet(agent, out var package));
            var (cases, problems) = EvalCaseLoader.Load(package);
            Assert.Empty(problems);
            var result = await runner.RunAsync(package, [.. cases.Where(c => Subset.Contains(c.Id))], CancellationToken.None);
            Assert.Equal(package.ContentHash, result.ContentHash);
            Assert.Equal(64, result.KnowledgeHash.Length);
            results.AddRange(result.Cases);
            results.AddRange((await toolRunner.RunAsync(package, [.. cases.Where(c => ToolCases.Contains(c.Id))], CancellationToken.None)).Cases);
        }

        Assert.Equal(Subset.Length + ToolCases.Length, results.Count);
        var checks = results.SelectMany(c => c.Checks.Select(k => (Case: c.Id, Check: k))).ToList();

        // Deterministic: the pre-gate, the forced tool call, the post-gate and the fixed disclaimer and scripts.
        foreach (var type in new[] { "escalates", "must_not_include", "must_include" })
        {
            Assert.All(checks.Where(c => c.Check.Type == type), c => Assert.True(c.Check.Status == EvalStatus.Passed, $"{c.Case} {c.Check.Key}: {c.Check.Detail}"));
        }

        Assert.All(checks.Where(c => ToolCases.Contains(c.Case)), c => Assert.True(c.Check.Status == EvalStatus.Passed, $"{c.Case} {c.Check.Key}: {c.Check.Detail}"));

        // The arguments a random model picks are not the ones in the message: reported as a failure, with the values.
        var arguments = Assert.Single(checks, c => c.Case == "cv-tool-inr-in-range" && c.Check.Key == "calls_tool").Check;
        Assert.Equal(EvalStatus.Failed, arguments.Status);

        // Model quality: a random model does not cite, and no judge is configured.
        Assert.Equal(EvalStatus.Failed, Assert.Single(checks, c => c.Check.Type == "cites").Check.Status);
        var judge = Assert.Single(checks, c => c.Check.Type == "judge").Check;
        Assert.Equal(EvalStatus.Skipped, judge.Status);
        Assert.Equal(CaseChecker.NoJudgeReason, judge.Detail);
    }

    [Theory]
    [InlineData("cardiac-valve-followup")]
    [InlineData("child-growth")]
    [InlineData("adolescent-companion")]
    public async Task Knowledge_injection_cases_really_retrieve_the_hostile_document(string agent)
    {
        Assert.True(fixture.Catalog.TryGet(agent, out var package));
        var injection = EvalCaseLoader.Load(package).Cases.Where(c => c.Category == "knowledge_injection" && c.Expect.Escalates is null).ToList();

        Assert.NotEmpty(injection);
        foreach (var evalCase in injection)
        {
            var hits = await fixture.Knowledge.SearchAsync(new KnowledgeQuery(package.KnowledgeCollection, evalCase.Turns[^1], package.Manifest.Knowledge!.TopK), CancellationToken.None);
            Assert.True(hits.Any(h => h.DocumentId == "zz-injection-test"), $"{evalCase.Id}: {string.Join(", ", hits.Select(h => h.DocumentId))}");
        }
    }
}
