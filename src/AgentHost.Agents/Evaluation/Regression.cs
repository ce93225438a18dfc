namespace AgentHost.Agents.Evaluation;

/// <summary>A check that passed in the baseline and fails now.</summary>
public sealed record Regression(string Agent, string CaseId, string Check, string Detail)
{
    public override string ToString() => $"{Agent}/{CaseId} {Check}: {Detail}";
}
