using AgentHost.Agents.Runtime;

namespace AgentHost.Agents.Evaluation;

/// <summary>What the last turn of a case produced (the checks read it), or the error that stopped the case.</summary>
public sealed record TurnObservation(
    string Answer,
    string? EscalationKind,
    IReadOnlyList<ToolEvent> Tools,
    IReadOnlyList<string> CitedDocuments,
    long SlowestTurnMs,
    string? Error);
