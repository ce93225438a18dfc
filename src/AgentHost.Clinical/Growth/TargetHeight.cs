namespace AgentHost.Clinical.Growth;

/// <summary>A target (adult) height with its range, in centimetres.</summary>
public sealed record TargetHeight(double TargetCm, double RangeLowCm, double RangeHighCm);
