namespace AgentHost.Inference.Engine;

/// <summary>
/// A GBNF grammar constraining generation. Lazy grammars stay off until the output matches one of
/// <see cref="TriggerPatterns"/> (e.g. <c>&lt;tool_call&gt;</c>), so free text is unconstrained and tool calls parse.
/// </summary>
public sealed record ToolCallGrammar(string Gbnf, bool Lazy, IReadOnlyList<string> TriggerPatterns);
