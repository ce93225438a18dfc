namespace AgentHost.Agents.Storage;

/// <summary>What produced an answer: the model and the agent package version, so a reviewer can reproduce it.</summary>
public sealed record TurnProvenance(string ModelId, string PackageVersion);
