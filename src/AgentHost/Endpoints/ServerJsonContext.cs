using System.Text.Json.Serialization;
using AgentHost.Agents.Runtime;
using AgentHost.Endpoints.OpenAI;
using AgentHost.Endpoints.Widget;

namespace AgentHost.Endpoints;

/// <summary>Every JSON shape the server reads or writes, in snake_case as the OpenAI wire format has it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(PackageReloaded))]
[JsonSerializable(typeof(KnowledgeIngested))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ModelList))]
[JsonSerializable(typeof(OpenAIErrorResponse))]
[JsonSerializable(typeof(List<AgentSummary>))]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(SessionCreated))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SessionHistory))]
[JsonSerializable(typeof(StreamError))]
[JsonSerializable(typeof(WidgetNotice))]
[JsonSerializable(typeof(TokenEvent))]
[JsonSerializable(typeof(ToolEvent))]
[JsonSerializable(typeof(CitationEvent))]
[JsonSerializable(typeof(EscalationEvent))]
[JsonSerializable(typeof(DoneEvent))]
[JsonSerializable(typeof(ServerInfo))]
[JsonSerializable(typeof(Readiness))]
public sealed partial class ServerJsonContext : JsonSerializerContext;
