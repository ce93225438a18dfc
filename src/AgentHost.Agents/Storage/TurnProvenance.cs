namespace AgentHost.Agents.Storage;

/// <summary>What produced an answer, so a reviewer can reproduce it.</summary>
/// <param name="ModelId">The model that generated the answer; null when none was called (a safety gate's escalation script).</param>
/// <param name="PackageVersion">The version of the agent package that served the turn.</param>
public sealed record TurnProvenance(string? ModelId, string PackageVersion);
