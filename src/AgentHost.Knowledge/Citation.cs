namespace AgentHost.Knowledge;

/// <summary>A document the model's answer cited, as the client shows it.</summary>
public sealed record Citation(int Number, string DocumentId, string Title, string SectionPath, string Source, string? SourceDate);
