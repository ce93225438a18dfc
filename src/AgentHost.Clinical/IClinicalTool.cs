using System.Text.Json;

namespace AgentHost.Clinical;

/// <summary>A deterministic clinical calculator an agent (or a person at the command line) can call by name.</summary>
public interface IClinicalTool
{
    /// <summary>The snake_case tool name, e.g. <c>growth_assess</c>.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>JSON schema of the arguments object.</summary>
    JsonElement ArgumentsSchema { get; }

    /// <summary>Validates <paramref name="arguments"/> and returns the JSON result.</summary>
    /// <exception cref="ClinicalInputException">An argument is missing, malformed or implausible.</exception>
    JsonElement Invoke(JsonElement arguments);
}
