namespace AgentHost.Clinical.Growth;

public enum GrowthReference
{
    /// <summary>WHO Child Growth Standards 2006 (0–5 y) and WHO Growth Reference 2007 (5–19 y).</summary>
    Who,

    /// <summary>Zong &amp; Li 2013 LMS (China 2005 survey, 0–18 y) with WS/T 586-2018 / WS/T 456-2014 BMI cut-offs.</summary>
    China,
}
