namespace AgentHost.Endpoints.OpenAI;

/// <summary>The body of <c>POST /v1/chat/completions</c>; fields AgentHost does not use are ignored.</summary>
public sealed class ChatCompletionRequest
{
    public string? Model { get; init; }

    public List<ChatRequestMessage>? Messages { get; init; }

    public bool Stream { get; init; }

    public StreamOptions? StreamOptions { get; init; }

    /// <summary>AgentHost extension: continue this conversation (also accepted as the X-Session-Id header).</summary>
    public string? SessionId { get; init; }
}
