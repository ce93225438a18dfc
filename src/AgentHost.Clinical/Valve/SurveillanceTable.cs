namespace AgentHost.Clinical.Valve;

/// <summary>CLINICAL.md §B2: echo intervals for asymptomatic patients with normal LV function.</summary>
internal static class SurveillanceTable
{
    public static SurveillanceInterval? For(ValveLesion lesion, ValveSeverity severity, double? mvaCm2) => (lesion, severity) switch
    {
        (ValveLesion.As, ValveSeverity.Mild) => new("every 3–5 years", 36, 60,
            "every 2–3 years in younger patients without significant calcification; yearly with significant calcification"),
        (ValveLesion.As, ValveSeverity.Moderate) => new("every 1–2 years", 12, 24, "yearly"),
        (ValveLesion.As, ValveSeverity.Severe or ValveSeverity.VerySevere) => new("every 6–12 months", 6, 12, "at least every 6 months"),
        (ValveLesion.Ar or ValveLesion.Mr, ValveSeverity.Mild) => new("every 3–5 years", 36, 60, null),
        (ValveLesion.Ar or ValveLesion.Mr, ValveSeverity.Moderate) => new("every 1–2 years", 12, 24, null),
        (ValveLesion.Mr, ValveSeverity.NotSevere) => new("every 1–2 years (moderate MR; mild MR every 3–5 years)", 12, 24, null),
        (ValveLesion.Ar or ValveLesion.Mr, ValveSeverity.Severe) => new("every 6–12 months; more often if the LV is dilating", 6, 12,
            "every 6–12 months; every 3–6 months when close to the thresholds for intervention"),
        (ValveLesion.Ms, ValveSeverity.Mild) => new("every 3–5 years (MVA > 1.5 cm²)", 36, 60, null),
        (ValveLesion.Ms, ValveSeverity.Severe) when mvaCm2 is < 1.0 => new("yearly (MVA < 1.0 cm²)", 12, 12, null),
        (ValveLesion.Ms, ValveSeverity.Severe) => new("every 1–2 years (MVA 1.0–1.5 cm²)", 12, 24, null),
        _ => null,
    };
}
