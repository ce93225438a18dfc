namespace AgentHost.Clinical.Growth;

/// <summary>
/// Recumbent length reads about 0.7 cm more than standing height; the references are length-based for young
/// children and height-based after, so a measurement taken the other way is shifted by 0.7 cm.
/// </summary>
internal static class LengthHeightStandardizer
{
    public static double? Standardize(double? measured, MeasurementPosition? position, bool lengthBasedAge)
    {
        if (measured is not { } value)
        {
            return null;
        }

        var shifted = (lengthBasedAge, position) switch
        {
            (true, MeasurementPosition.Standing) => value + 0.7,
            (false, MeasurementPosition.Recumbent) => value - 0.7,
            _ => value,
        };

        // 65.7 - 0.7 must land on the 65.0 table row, not 64.99999999999999.
        return Math.Round(shifted, 10);
    }

    public static double Bmi(double weightKg, double lengthHeightCm) => weightKg / Math.Pow(lengthHeightCm / 100, 2);
}
