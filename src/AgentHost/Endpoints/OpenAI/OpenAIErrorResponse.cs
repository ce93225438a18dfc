namespace AgentHost.Endpoints.OpenAI;

/// <summary>OpenAI's error body: <c>{"error":{"message","type","param","code"}}</c>.</summary>
public sealed record OpenAIErrorResponse(OpenAIError Error);
