using System.Text.Json.Serialization;

namespace AgentHost.Endpoints.OpenAI;

public sealed record ChunkChoice(
    int Index,
    ChunkDelta Delta,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FinishReason);
