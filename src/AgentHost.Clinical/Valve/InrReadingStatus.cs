namespace AgentHost.Clinical.Valve;

public sealed record InrReadingStatus(DateOnly Date, double Inr, InrStatus Status);
