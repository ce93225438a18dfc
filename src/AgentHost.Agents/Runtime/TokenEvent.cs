using System.Text.Json.Serialization;

namespace AgentHost.Agents.Runtime;

/// <summary>Text of the answer, already checked by the post-gate.</summary>
public sealed record TokenEvent(string Text) : TurnEvent
{
    public override string Type => "token";

    /// <summary>
    /// Set when the text is a notice the package adds rather than the model's words — <c>ai_disclosure</c> (minors'
    /// mode, first answer) or <c>break_reminder</c> — so a widget can show it apart; it is part of the answer all the same.
    /// </summary>
    [JsonIgnore]
    public string? Notice { get; init; }
}
