namespace AgentHost.Clinical.Valve;

public enum ValveSeverity
{
    /// <summary>Below the mild stenosis range (e.g. AS Vmax &lt; 2.0 m/s).</summary>
    BelowMild,
    Mild,
    Moderate,

    /// <summary>Below the severe thresholds; the tool has no thresholds to tell mild from moderate (MR).</summary>
    NotSevere,
    Severe,
    VerySevere,
}
