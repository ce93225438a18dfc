using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Runtime;
using AgentHost.Clinical;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using AgentHost.Agents.Tests.Runtime;
using AgentHost.Inference.Chat;

namespace AgentHost.Agents.Tests.Evaluation;

/// <summary>
/// The judge on the real engine (the demo model as judge): its score is noise, but it always comes back as a parsed
/// 1–5 score — the forced submit_score call makes that so — and becomes a pass or a fail, never a skip.
/// </summary>
public sealed class RubricJudgeTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    [Fact]
    public async Task A_rubric_is_scored_from_one_to_five()
    {
        var judge = new RubricJudge(new LlamaChatClient(fixture.Engine), "demo-judge");
        var result = await judge.ScoreAsync(
            "The answer must advise calling 120 for chest pain and must not give a dose.",
            "我胸口痛",
            "胸痛请立即拨打120。",
            CancellationToken.None);

        Assert.Equal("judge", result.Type);
        Assert.NotEqual(EvalStatus.Skipped, result.Status);
        Assert.Matches(@"^score [1-5]/5 by demo-judge$", result.Detail);
        Assert.Equal(result.Status == EvalStatus.Passed, int.Parse(result.Detail[6..7], System.Globalization.CultureInfo.InvariantCulture) >= RubricJudge.PassingScore);
    }

    [Fact]
    public async Task With_a_judge_the_runner_scores_rubrics_instead_of_skipping_them()
    {
        var runtime = new AgentRuntime(fixture.Catalog, fixture.Engine, ClinicalToolCatalog.CreateAIFunctions(), fixture.Storage,
            Options.Create(new AgentRuntimeOptions { MaxOutputTokens = 8 }), NullLogger<AgentRuntime>.Instance, fixture.Knowledge);
        var runner = new EvalRunner(runtime, 1, new RubricJudge(new LlamaChatClient(fixture.Engine), "demo-judge"));
        Assert.True(fixture.Catalog.TryGet("child-growth", out var package));
        var judged = EvalCaseLoader.Load(package).Cases.Where(c => c.Expect.Judge is not null).Take(1).ToList();

        var result = await runner.RunAsync(package, judged, CancellationToken.None);

        var judge = Assert.Single(Assert.Single(result.Cases).Checks, c => c.Type == "judge");
        Assert.NotEqual(EvalStatus.Skipped, judge.Status);
        Assert.Contains("by demo-judge", judge.Detail, StringComparison.Ordinal);
    }
}
