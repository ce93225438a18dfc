namespace AgentHost.Knowledge;

/// <summary>
/// One retrieved chunk with what a citation needs. <c>Score</c>: higher is better, comparable only within one result
/// list (a fused rank score, not a probability).
/// </summary>
public sealed record KnowledgeHit(
    Guid ChunkId,
    string DocumentId,
    string Title,
    string SectionPath,
    string Source,
    string? SourceDate,
    string Language,
    string Text,
    double Score);
