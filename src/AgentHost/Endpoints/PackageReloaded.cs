namespace AgentHost.Endpoints;

/// <summary>The answer of an admin reload: whether the new version now serves, which version serves, and why not.</summary>
public sealed record PackageReloaded(string Agent, bool Reloaded, string ServingVersion, string ServingContentHash, IReadOnlyList<string> Problems);
