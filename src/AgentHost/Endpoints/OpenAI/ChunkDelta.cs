namespace AgentHost.Endpoints.OpenAI;

public sealed record ChunkDelta(string? Role, string? Content);
