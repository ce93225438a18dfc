namespace AgentHost.Clinical;

/// <summary>WHO rounds half away from zero; every reported number goes through here.</summary>
internal static class ClinicalRounding
{
    public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    public static double? Round(double? value, int digits) => value is { } v ? Round(v, digits) : null;
}
