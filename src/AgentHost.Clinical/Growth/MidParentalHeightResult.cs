namespace AgentHost.Clinical.Growth;

public sealed class MidParentalHeightResult
{
    /// <summary>(father + mother) / 2.</summary>
    public required double MidParentalHeightCm { get; init; }

    /// <summary>Tanner 1970 corrected mid-parental height, ±8.5 cm.</summary>
    public required TargetHeightMethod Tanner { get; init; }

    /// <summary>Luo 1998 final-height prediction used in China, ±10 cm.</summary>
    public required TargetHeightMethod Luo { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required string Citation { get; init; }
}
