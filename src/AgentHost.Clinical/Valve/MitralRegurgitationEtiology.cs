namespace AgentHost.Clinical.Valve;

public enum MitralRegurgitationEtiology
{
    Primary,
    Secondary,
}
