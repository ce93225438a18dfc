namespace AgentHost.Endpoints;

/// <summary>The answer of an admin ingestion: what changed in the agent's collection.</summary>
public sealed record KnowledgeIngested(string Agent, string Collection, int Added, int Updated, int Unchanged, int Removed);
