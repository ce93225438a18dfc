namespace AgentHost.Clinical.Valve;

public enum ValveLesion
{
    /// <summary>Aortic stenosis.</summary>
    As,

    /// <summary>Aortic regurgitation.</summary>
    Ar,

    /// <summary>Mitral regurgitation.</summary>
    Mr,

    /// <summary>Mitral stenosis.</summary>
    Ms,
}
