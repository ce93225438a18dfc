namespace AgentHost.Endpoints;

public sealed record ServedModel(string Name, string Architecture, long Parameters, int ContextTokensPerSequence);
