namespace AgentHost.Clinical.MentalHealth;

public enum CssrsRisk
{
    /// <summary>All answers no.</summary>
    None,
    Low,
    Moderate,
    High,
}
