namespace AgentHost.Clinical.Growth;

/// <summary>Each indicator is present only when it could be computed for this child and these measurements.</summary>
public sealed class GrowthIndicators
{
    public IndicatorResult? WeightForAge { get; internal set; }

    public IndicatorResult? LengthHeightForAge { get; internal set; }

    public IndicatorResult? BmiForAge { get; internal set; }

    public IndicatorResult? WeightForLengthHeight { get; internal set; }

    public IndicatorResult? HeadCircumferenceForAge { get; internal set; }

    public IndicatorResult? ArmCircumferenceForAge { get; internal set; }

    public IndicatorResult? TricepsSkinfoldForAge { get; internal set; }

    public IndicatorResult? SubscapularSkinfoldForAge { get; internal set; }

    internal IndicatorResult? this[GrowthIndicator indicator]
    {
        get => indicator switch
        {
            GrowthIndicator.WeightForAge => WeightForAge,
            GrowthIndicator.LengthHeightForAge => LengthHeightForAge,
            GrowthIndicator.BmiForAge => BmiForAge,
            GrowthIndicator.WeightForLengthHeight => WeightForLengthHeight,
            GrowthIndicator.HeadCircumferenceForAge => HeadCircumferenceForAge,
            GrowthIndicator.ArmCircumferenceForAge => ArmCircumferenceForAge,
            GrowthIndicator.TricepsSkinfoldForAge => TricepsSkinfoldForAge,
            GrowthIndicator.SubscapularSkinfoldForAge => SubscapularSkinfoldForAge,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
        };
        set
        {
            switch (indicator)
            {
                case GrowthIndicator.WeightForAge: WeightForAge = value; break;
                case GrowthIndicator.LengthHeightForAge: LengthHeightForAge = value; break;
                case GrowthIndicator.BmiForAge: BmiForAge = value; break;
                case GrowthIndicator.WeightForLengthHeight: WeightForLengthHeight = value; break;
                case GrowthIndicator.HeadCircumferenceForAge: HeadCircumferenceForAge = value; break;
                case GrowthIndicator.ArmCircumferenceForAge: ArmCircumferenceForAge = value; break;
                case GrowthIndicator.TricepsSkinfoldForAge: TricepsSkinfoldForAge = value; break;
                case GrowthIndicator.SubscapularSkinfoldForAge: SubscapularSkinfoldForAge = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(indicator));
            }
        }
    }
}
