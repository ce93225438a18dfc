namespace AgentHost.Clinical.Growth;

/// <summary>How length/height was measured: lying down (recumbent length) or standing (height).</summary>
public enum MeasurementPosition
{
    Recumbent,
    Standing,
}
