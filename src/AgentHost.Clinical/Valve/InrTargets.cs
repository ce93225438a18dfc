using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

/// <summary>The targets of both guidelines; ACC/AHA is null where CLINICAL.md gives no target (tricuspid).</summary>
public sealed class InrTargets
{
    [JsonPropertyName("esc_2021")]
    public required InrTarget Esc2021 { get; init; }

    [JsonPropertyName("acc_aha_2020")]
    public InrTarget? AccAha2020 { get; init; }
}
