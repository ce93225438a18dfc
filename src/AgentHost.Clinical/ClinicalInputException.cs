using AgentHost.Core;

namespace AgentHost.Clinical;

/// <summary>
/// A tool argument is missing, malformed or outside the plausible range. The message names the field and
/// echoes at most the offending value, never free text from the request.
/// </summary>
public sealed class ClinicalInputException : AgentHostException
{
    public ClinicalInputException(string field, string message)
        : base("invalid_tool_arguments", message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
    }

    /// <summary>The snake_case argument the message is about (a JSON path such as <c>readings[1].inr</c>).</summary>
    public string Field { get; }
}
