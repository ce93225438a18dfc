using AgentHost.Agents.Runtime;

namespace AgentHost.Endpoints.OpenAI;

/// <summary>A <c>chat.completion</c>; <see cref="SessionId"/>, <see cref="Citations"/> and <see cref="Escalation"/> are AgentHost extensions.</summary>
public sealed record ChatCompletion(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChatCompletionChoice> Choices,
    CompletionUsage Usage,
    string SessionId,
    IReadOnlyList<CitationEvent>? Citations,
    EscalationEvent? Escalation);
