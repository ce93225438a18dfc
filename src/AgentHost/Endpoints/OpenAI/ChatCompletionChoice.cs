namespace AgentHost.Endpoints.OpenAI;

public sealed record ChatCompletionChoice(int Index, AssistantMessage Message, string FinishReason);
