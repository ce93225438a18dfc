namespace AgentHost.Agents.Safety;

/// <summary>
/// The post-gate's decision on a model answer. <see cref="Text"/> is what the user sees: the answer with the
/// disclaimer appended when it passed, or a fixed replacement (with the disclaimer) when a rule fired.
/// </summary>
public sealed record OutputGateResult
{
    private OutputGateResult(bool passed, string text, string? ruleId)
    {
        Passed = passed;
        Text = text;
        RuleId = ruleId;
    }

    /// <summary>True when no rule fired and <see cref="Text"/> is the model's answer plus the disclaimer.</summary>
    public bool Passed { get; }

    /// <summary>The text to send to the user.</summary>
    public string Text { get; }

    /// <summary>The id of the rule that fired (e.g. <c>dose_change/en/2</c>); null when the answer passed.</summary>
    public string? RuleId { get; }

    public static OutputGateResult Pass(string text) => new(true, text, null);

    public static OutputGateResult Replace(string text, string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new OutputGateResult(false, text, ruleId);
    }
}
