namespace AgentHost.Agents.Safety;

/// <summary>
/// The pre-gate's decision on a user message. A hit names the kind and the rule that fired
/// (e.g. <c>crisis/zh/3</c>), never the matched text: it is safe to log and to audit.
/// </summary>
public sealed record InputGateResult
{
    private InputGateResult(EscalationKind? kind, string? ruleId)
    {
        Kind = kind;
        RuleId = ruleId;
    }

    /// <summary>No rule fired: the turn may go to the model.</summary>
    public static InputGateResult None { get; } = new(null, null);

    /// <summary>The escalation kind of the hit; <see langword="null"/> when nothing fired.</summary>
    public EscalationKind? Kind { get; }

    /// <summary>The id of the rule that fired, <c>&lt;lexicon&gt;/&lt;language&gt;/&lt;index&gt;</c>; null when nothing fired.</summary>
    public string? RuleId { get; }

    /// <summary>True when a rule fired and the model must not be called.</summary>
    public bool IsHit => Kind is not null;

    public static InputGateResult Hit(EscalationKind kind, string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new InputGateResult(kind, ruleId);
    }
}
