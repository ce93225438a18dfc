using System.Text.Json;

namespace AgentHost.Endpoints.Widget;

/// <summary>A tool call of a past answer, as the <c>tool</c> event showed it.</summary>
public sealed record HistoryTool(string Name, JsonElement? Arguments, JsonElement? Result, bool Failed);
