namespace AgentHost.Agents.Runtime;

/// <summary>The values of a prompt template's placeholders for one turn.</summary>
public sealed record PromptVariables(string AgentName, string Locale, DateOnly Date, string PatientContext)
{
    public string Fill(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template
            .Replace("{{agent_name}}", AgentName, StringComparison.Ordinal)
            .Replace("{{locale}}", Locale, StringComparison.Ordinal)
            .Replace("{{date}}", Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{patient_context}}", PatientContext, StringComparison.Ordinal);
    }
}
