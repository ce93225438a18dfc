namespace AgentHost.Endpoints;

/// <summary>What <c>GET /readyz</c> reports; <see cref="Status"/> is "ready" only when every check passed.</summary>
public sealed record Readiness(string Status, bool ModelLoaded, bool StoresReachable, int AgentsLoaded);
