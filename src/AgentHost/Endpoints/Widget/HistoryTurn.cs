using AgentHost.Agents.Safety;

namespace AgentHost.Endpoints.Widget;

/// <summary>
/// One exchange of a session's history; an escalated one carries the numbers and contact its
/// <c>escalation</c> event carried, so a restored page shows the same crisis panel.
/// </summary>
public sealed record HistoryTurn(
    int Index,
    DateTimeOffset CreatedAt,
    string User,
    string Assistant,
    IReadOnlyList<HistoryCitation> Citations,
    IReadOnlyList<HistoryTool> Tools,
    string? Escalation,
    IReadOnlyList<Hotline>? Hotlines,
    string? HospitalContact);
