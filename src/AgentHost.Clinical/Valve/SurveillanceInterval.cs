namespace AgentHost.Clinical.Valve;

/// <summary>Echo follow-up for an asymptomatic patient with normal LV function.</summary>
/// <param name="AccAha">ACC/AHA interval, e.g. "every 6–12 months".</param>
/// <param name="MinMonths">Shortest ACC/AHA interval in months.</param>
/// <param name="MaxMonths">Longest ACC/AHA interval in months.</param>
/// <param name="Esc">ESC/EACTS 2021 wording where it differs or adds detail; null where CLINICAL.md has none.</param>
public sealed record SurveillanceInterval(string AccAha, int MinMonths, int MaxMonths, string? Esc);
