namespace AgentHost.Clinical.Growth;

/// <summary>Height gain between two measurements, annualised (365.25-day years).</summary>
public sealed record VelocityInterval(DateOnly From, DateOnly To, int Days, double GainCm, double CmPerYear);
