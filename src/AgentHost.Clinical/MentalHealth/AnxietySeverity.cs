namespace AgentHost.Clinical.MentalHealth;

/// <summary>GAD-7 bands (Spitzer 2006): 0–4, 5–9, 10–14, 15–21.</summary>
public enum AnxietySeverity
{
    Minimal,
    Mild,
    Moderate,
    Severe,
}
