namespace AgentHost.Clinical.Growth;

/// <summary>An unrounded z-score and whether WHO's restricted formula produced it.</summary>
internal sealed record IndicatorScore(GrowthIndicator Indicator, double Z, bool Restricted);
