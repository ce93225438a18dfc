namespace AgentHost.Knowledge.Tests.Qdrant;

internal sealed record CannedResponse(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers = null);
