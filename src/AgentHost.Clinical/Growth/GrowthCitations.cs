namespace AgentHost.Clinical.Growth;

/// <summary>Citation text for the growth tools (CLINICAL.md §A; [M] items say so).</summary>
internal static class GrowthCitations
{
    public const string WhoStandards =
        "WHO Child Growth Standards 2006 (length/height-, weight-, BMI-for-age, weight-for-length/height; head and arm circumference and skinfolds 2007), "
        + "WHO Multicentre Growth Reference Study Group, Methods and development (2006, 2007) ch. 7: LMS z with WHO's restricted z beyond ±3 SD, "
        + "computed as WHO Anthro/igrowup do (exact-day rows 0–1856 days, 0.7 cm length/height adjustment, 0.1 cm interpolation); "
        + "cut-offs: WHO classification for under-5s.";

    public const string WhoReference2007 =
        "WHO Growth Reference 2007 (5–19 y), de Onis M et al., Bull World Health Organ 2007;85:660–7; computed as WHO AnthroPlus does "
        + "(L, M, S interpolated between whole months; restricted z for weight- and BMI-for-age); cut-offs: WHO 5–19 y classification.";

    public const string China =
        "Zong XN, Li H. PLoS ONE 2013;8(3):e59569 — LMS of the 2005 China nine-city survey (the data behind Li H et al., Zhonghua Er Ke Za Zhi 2009;47:487); "
        + "L, M, S interpolated linearly between published rows; BMI cut-offs 6–18 y: WS/T 586-2018 (overweight/obesity) and WS/T 456-2014 (thinness); "
        + "short stature: height < −2 SD (矮身材儿童诊治指南, 中华儿科杂志 2008;46:428 [M: verify against the guideline before clinical use]). "
        + "China's official under-7 standard is now WS/T 423-2022 (in force 2023-03-01), which is not used here.";

    public const string RedFlags =
        " Red flags: CLINICAL.md §A4 (head-circumference |z| > 2 is [M]: verify against the guideline before clinical use).";
}
