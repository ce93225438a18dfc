namespace AgentHost.Endpoints.OpenAI;

public sealed record ModelList(string Object, IReadOnlyList<ModelEntry> Data);
