namespace AgentHost.Agents.Evaluation;

/// <summary>One agent's run: exactly which package and knowledge were tested, and the case results.</summary>
public sealed record AgentEvalResult(string Id, string Version, string ContentHash, string KnowledgeHash, IReadOnlyList<CaseResult> Cases);
