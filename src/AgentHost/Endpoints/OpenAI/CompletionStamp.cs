namespace AgentHost.Endpoints.OpenAI;

/// <summary>The id, creation time and model every chunk of one completion repeats.</summary>
internal sealed record CompletionStamp(string Id, long Created, string Model)
{
    public ChatCompletionChunk Chunk(ChunkDelta delta, string? finishReason) =>
        new(Id, "chat.completion.chunk", Created, Model, [new ChunkChoice(0, delta, finishReason)]);
}
