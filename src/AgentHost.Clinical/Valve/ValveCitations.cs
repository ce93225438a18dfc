namespace AgentHost.Clinical.Valve;

/// <summary>Citation text for the heart-valve tools (CLINICAL.md §B; [M] items say so).</summary>
internal static class ValveCitations
{
    public const string Echo =
        "ACC/AHA 2020 Guideline for the Management of Valvular Heart Disease (Otto CM et al., Circulation 2021;143:e72–e227; JACC 2021;77:e25–e197) "
        + "and ESC/EACTS 2021 Guidelines (Vahanian A et al., Eur Heart J 2022;43:561–632). Severity thresholds, stages and referral triggers are "
        + "from memory of these guidelines [M]; echo intervals are the ACC/AHA 2014/2017 table, retained in 2020 [M]; ESC intervals [S/M]: "
        + "verify against the guideline before clinical use. The 2025 ESC/EACTS guidelines supersede the 2021 version: re-check before release. "
        + "Any change in symptoms → TTE now (ACC/AHA Class 1).";

    public const string Inr =
        "ESC/EACTS 2021 Guidelines for valvular heart disease, Table 10 (target INR by prosthesis thrombogenicity and patient risk factors; "
        + "Vahanian A et al., Eur Heart J 2022;43:561–632) and ACC/AHA 2020 VHD guideline mechanical-valve targets (Otto CM et al., "
        + "Circulation 2021;143:e72–e227) [S/M]; warfarin monitoring: ACCP 2012 (Holbrook A et al., Chest 2012;141:e152S) [S/M]. "
        + "Items marked [S/M] are from secondary sources or memory: verify against the guideline before clinical use. The alert when INR is "
        + "below target − 0.5 is this project's design rule, not a guideline; urgent symptoms per CLINICAL.md §B5. "
        + "The 2025 ESC/EACTS guidelines supersede the 2021 version: re-check before release.";
}
