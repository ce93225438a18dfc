namespace AgentHost.Agents.Evaluation;

/// <summary>One <c>evals/*.yaml</c> file: a list of cases (docs/AGENT-AUTHORING.md, "Evaluation cases").</summary>
public sealed class EvalCaseFile
{
    public List<EvalCase> Cases { get; init; } = [];
}
