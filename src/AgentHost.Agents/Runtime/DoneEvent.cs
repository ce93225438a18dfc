namespace AgentHost.Agents.Runtime;

/// <summary>The turn is committed to the store (sent only after the commit).</summary>
public sealed record DoneEvent(string SessionId, int TurnIndex, string FinishReason, int PromptTokens, int CompletionTokens) : TurnEvent
{
    public override string Type => "done";
}
