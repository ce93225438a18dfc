namespace AgentHost.Clinical.Growth;

/// <summary>One target-height formula and its result for a boy and/or a girl.</summary>
public sealed class TargetHeightMethod
{
    public required string Formula { get; init; }

    /// <summary>Half-width of the target range (target ± this).</summary>
    public required double RangeCm { get; init; }

    public TargetHeight? Male { get; init; }

    public TargetHeight? Female { get; init; }
}
