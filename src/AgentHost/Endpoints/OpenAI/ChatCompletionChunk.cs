using AgentHost.Agents.Runtime;

namespace AgentHost.Endpoints.OpenAI;

/// <summary>A <c>chat.completion.chunk</c> of a streamed answer; the extensions ride on the last content chunk.</summary>
public sealed record ChatCompletionChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChunkChoice> Choices,
    CompletionUsage? Usage = null,
    string? SessionId = null,
    IReadOnlyList<CitationEvent>? Citations = null,
    EscalationEvent? Escalation = null);
