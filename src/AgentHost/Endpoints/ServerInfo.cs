namespace AgentHost.Endpoints;

/// <summary>What <c>GET /api/info</c> reports.</summary>
public sealed record ServerInfo(string Version, ServedModel Model, bool DemoModel, string? Warning, IReadOnlyList<string> Agents);
