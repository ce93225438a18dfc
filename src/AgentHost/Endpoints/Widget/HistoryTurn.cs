using AgentHost.Agents.Runtime;
using AgentHost.Agents.Safety;

namespace AgentHost.Endpoints.Widget;

/// <summary>
/// One exchange of a session's history: its tool calls as their <c>tool</c> events showed them, and for an escalated
/// one the numbers and contact its <c>escalation</c> event carried, so a restored page shows the same answer.
/// </summary>
public sealed record HistoryTurn(
    int Index,
    DateTimeOffset CreatedAt,
    string User,
    string Assistant,
    IReadOnlyList<HistoryCitation> Citations,
    IReadOnlyList<ToolEvent> Tools,
    string? Escalation,
    IReadOnlyList<Hotline>? Hotlines,
    string? HospitalContact);
