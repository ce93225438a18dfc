using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

public enum InrGuideline
{
    [JsonStringEnumMemberName("esc_2021")]
    Esc2021,
    [JsonStringEnumMemberName("acc_aha_2020")]
    AccAha2020,
}
