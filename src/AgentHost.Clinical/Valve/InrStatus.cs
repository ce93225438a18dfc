namespace AgentHost.Clinical.Valve;

public enum InrStatus
{
    Below,
    InRange,
    Above,
}
