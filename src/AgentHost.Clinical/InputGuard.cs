using System.Globalization;

namespace AgentHost.Clinical;

/// <summary>Range checks whose messages name the field, the unit and the value, and spot common unit slips.</summary>
internal static class InputGuard
{
    public static T Required<T>(T? value, string field, string expected)
        where T : struct =>
        value ?? throw new ClinicalInputException(field, $"{field} is required ({expected})");

    public static T Required<T>(T? value, string field, string expected)
        where T : class =>
        value ?? throw new ClinicalInputException(field, $"{field} is required ({expected})");

    public static double InRange(double value, string field, double min, double max, string unit, UnitSlip slip = UnitSlip.None)
    {
        if (value >= min && value <= max)
        {
            return value;
        }

        var hint = SlipHint(value, min, max, slip);
        var units = unit.Length > 0 ? " " + unit : string.Empty;
        throw new ClinicalInputException(
            field, $"{field} must be between {Show(min)} and {Show(max)}{units} (got {Show(value)}){hint}");
    }

    public static double? InRange(double? value, string field, double min, double max, string unit, UnitSlip slip = UnitSlip.None) =>
        value is { } v ? InRange(v, field, min, max, unit, slip) : null;

    public static int Score(int? value, string field, int min, int max) =>
        value is { } v && v >= min && v <= max
            ? v
            : throw new ClinicalInputException(
                field,
                value is { } bad
                    ? $"{field} must be a whole number from {min} to {max} (got {bad})"
                    : $"{field} is required (a whole number from {min} to {max})");

    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string SlipHint(double value, double min, double max, UnitSlip slip)
    {
        bool Fits(double converted) => converted >= min && converted <= max;
        return slip switch
        {
            UnitSlip.Centimetres when Fits(value / 10) => "; it looks like millimetres, give centimetres",
            UnitSlip.Centimetres when Fits(value * 100) => "; it looks like metres, give centimetres",
            UnitSlip.Millimetres when Fits(value * 10) => "; it looks like centimetres, give millimetres",
            UnitSlip.Kilograms when Fits(value / 1000) => "; it looks like grams, give kilograms",
            UnitSlip.MetresPerSecond when Fits(value / 100) => "; it looks like cm/s, give m/s",
            UnitSlip.Percent when Fits(value * 100) => "; it looks like a fraction, give a percentage",
            _ => string.Empty,
        };
    }
}
