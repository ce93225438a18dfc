namespace AgentHost.Endpoints.Widget;

/// <summary>A cited source of a past answer; <c>number</c> is its <c>[n]</c> in the text (absent for turns stored before numbers were kept).</summary>
public sealed record HistoryCitation(string DocumentId, string? Title, int? Number, string? Section);
