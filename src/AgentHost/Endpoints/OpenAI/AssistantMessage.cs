namespace AgentHost.Endpoints.OpenAI;

public sealed record AssistantMessage(string Role, string Content);
