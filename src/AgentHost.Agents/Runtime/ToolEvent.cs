using System.Text.Json;

namespace AgentHost.Agents.Runtime;

/// <summary>A tool the model called, with its arguments and the tool's result (or that it failed).</summary>
public sealed record ToolEvent(string Name, JsonElement Arguments, JsonElement? Result, bool Failed) : TurnEvent
{
    public override string Type => "tool";
}
