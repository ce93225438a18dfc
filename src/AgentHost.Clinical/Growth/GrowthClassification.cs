using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

/// <summary>
/// WHO or Chinese category of one indicator. The <c>*_sd</c> bands are used where the chosen reference defines
/// no named category for that indicator.
/// </summary>
public enum GrowthClassification
{
    Normal,
    Stunting,
    SevereStunting,
    Underweight,
    Wasting,
    SevereWasting,
    RiskOfOverweight,
    Overweight,
    Obesity,
    Thinness,
    SevereThinness,
    ShortStature,
    MildThinness,
    ModerateSevereThinness,
    NotOverweight,
    [JsonStringEnumMemberName("below_minus_3_sd")]
    BelowMinus3Sd,
    [JsonStringEnumMemberName("below_minus_2_sd")]
    BelowMinus2Sd,
    [JsonStringEnumMemberName("within_2_sd")]
    Within2Sd,
    [JsonStringEnumMemberName("above_plus_2_sd")]
    AbovePlus2Sd,
    [JsonStringEnumMemberName("above_plus_3_sd")]
    AbovePlus3Sd,
}
