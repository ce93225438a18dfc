namespace AgentHost.Clinical.Valve;

/// <summary>A target INR, the range the readings are judged against, and why.</summary>
public sealed record InrTarget(double Target, double RangeLow, double RangeHigh, string Basis);
