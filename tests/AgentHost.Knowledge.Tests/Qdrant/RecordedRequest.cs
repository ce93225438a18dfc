namespace AgentHost.Knowledge.Tests.Qdrant;

internal sealed record RecordedRequest(string Method, string Path, string Query, string? Body, string? ApiKey);
