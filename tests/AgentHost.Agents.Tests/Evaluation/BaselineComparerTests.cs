using AgentHost.Agents.Evaluation;

namespace AgentHost.Agents.Tests.Evaluation;

public sealed class BaselineComparerTests
{
    [Fact]
    public void Only_checks_that_passed_before_and_fail_now_are_regressions()
    {
        var baseline = Report(
            new CheckResult("escalates", "escalates", EvalStatus.Passed, "ok"),
            new CheckResult("cites", "cites", EvalStatus.Failed, "not cited"),
            new CheckResult("judge", "judge", EvalStatus.Skipped, CaseChecker.NoJudgeReason));
        var current = Report(
            new CheckResult("escalates", "escalates", EvalStatus.Failed, "expected crisis, got none"),
            new CheckResult("cites", "cites", EvalStatus.Failed, "not cited"),
            new CheckResult("judge", "judge", EvalStatus.Skipped, CaseChecker.NoJudgeReason));

        var regression = Assert.Single(BaselineComparer.Compare(baseline, current));
        Assert.Equal("child-growth/case-1 escalates: expected crisis, got none", regression.ToString());
        Assert.Empty(BaselineComparer.Compare(current, baseline));
    }

    private static EvalReport Report(params CheckResult[] checks) => new(
        DateTimeOffset.UnixEpoch,
        new ModelStamp("m.gguf", null, "llama", "Q8_0", "00"),
        null,
        null,
        [new AgentEvalResult("child-growth", "1.0.0", "aa", "bb", [new CaseResult("case-1", true, "indirect_crisis", 1, checks)])]);
}
