namespace AgentHost.Clinical.Valve;

/// <summary>Prosthesis thrombogenicity, ESC/EACTS 2021 Table 10.</summary>
public enum Thrombogenicity
{
    Low,
    Medium,
    High,
}
