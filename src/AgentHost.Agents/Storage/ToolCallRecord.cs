namespace AgentHost.Agents.Storage;

/// <summary>One executed tool call of a turn: what the model asked for and what the tool returned.</summary>
/// <param name="CallId">The id the model gave the call.</param>
/// <param name="Name">The tool's name.</param>
/// <param name="ArgumentsJson">The call's arguments as a JSON value (stored as JSON, returned verbatim).</param>
/// <param name="Result">The tool's result as fed back to the model (usually JSON), or its error text.</param>
/// <param name="IsError">True when the tool failed or refused the arguments.</param>
public sealed record ToolCallRecord(string CallId, string Name, string ArgumentsJson, string Result, bool IsError);
