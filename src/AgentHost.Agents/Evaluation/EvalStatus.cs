namespace AgentHost.Agents.Evaluation;

public enum EvalStatus
{
    Passed,
    Failed,

    /// <summary>Not scored, with the reason in the detail (e.g. no judge model configured).</summary>
    Skipped,
}
