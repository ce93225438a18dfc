using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

public enum VelocityAgeBand
{
    [JsonStringEnumMemberName("under_3_years")]
    Under3Years,
    [JsonStringEnumMemberName("from_3_years_to_puberty")]
    From3YearsToPuberty,
    [JsonStringEnumMemberName("puberty")]
    Puberty,
}
