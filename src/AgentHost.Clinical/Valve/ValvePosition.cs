namespace AgentHost.Clinical.Valve;

public enum ValvePosition
{
    Aortic,
    Mitral,
    Tricuspid,

    /// <summary>More than one mechanical valve, including a mitral or tricuspid one.</summary>
    Multiple,
}
