using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Growth;

/// <summary>One half-year row of the China school-age BMI cut-offs (kg/m²): WS/T 586-2018 and WS/T 456-2014.</summary>
public sealed record ChinaBmiCutoffs(
    [property: JsonIgnore] Sex Sex,
    [property: JsonPropertyName("age_row_years")] double AgeYears,
    [property: JsonPropertyName("overweight_bmi_ge")] double OverweightAtLeast,
    [property: JsonPropertyName("obesity_bmi_ge")] double ObesityAtLeast,
    [property: JsonPropertyName("thin_moderate_severe_bmi_le")] double? ModerateSevereThinnessAtMost,
    [property: JsonPropertyName("thin_mild_bmi_le")] double? MildThinnessAtMost);
