namespace AgentHost.Clinical.Growth;

/// <summary>One growth indicator: z (2 decimals), centile, category and WHO implausibility flag.</summary>
public sealed class IndicatorResult
{
    public required double Z { get; init; }

    /// <summary>100·Φ(z), 2 decimals.</summary>
    public required double Percentile { get; init; }

    public required GrowthClassification Classification { get; init; }

    /// <summary>True when WHO would flag the value as implausible (re-measure before acting on it).</summary>
    public required bool Flag { get; init; }

    /// <summary>True when WHO's restricted formula beyond ±3 SD produced z.</summary>
    public required bool RestrictedZ { get; init; }

    /// <summary>China 6–18 y BMI only: the WS/T 586-2018 / WS/T 456-2014 row used.</summary>
    public ChinaBmiCutoffs? Cutoffs { get; init; }
}
