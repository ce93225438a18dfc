namespace AgentHost.Agents.Evaluation;

/// <summary>Finds regressions: checks (by agent, case id and check key) that passed in the baseline and fail now.</summary>
public static class BaselineComparer
{
    public static IReadOnlyList<Regression> Compare(EvalReport baseline, EvalReport current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var passedBefore = baseline.Agents
            .SelectMany(a => a.Cases.SelectMany(c => c.Checks.Where(k => k.Status == EvalStatus.Passed).Select(k => (a.Id, c.Id, k.Key))))
            .ToHashSet();
        return
        [
            .. current.Agents.SelectMany(a => a.Cases.SelectMany(c => c.Checks
                .Where(k => k.Status == EvalStatus.Failed && passedBefore.Contains((a.Id, c.Id, k.Key)))
                .Select(k => new Regression(a.Id, c.Id, k.Key, k.Detail)))),
        ];
    }
}
