using System.Text.Json.Serialization;

namespace AgentHost.Endpoints.OpenAI;

public sealed record OpenAIError(
    string Message,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Param,
    string Code);
