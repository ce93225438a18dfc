namespace AgentHost.Clinical.MentalHealth;

/// <summary>PHQ-9 bands (Kroenke 2001): 0–4, 5–9, 10–14, 15–19, 20–27.</summary>
public enum DepressionSeverity
{
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}
