using System.Globalization;
using System.Text.Json;
using YamlDotNet.Serialization;

namespace AgentHost.Agents.Evaluation;

/// <summary>What one JSON value must be: <c>equals</c> (text, number or boolean), or a <c>min</c>/<c>max</c> range.</summary>
public sealed class ValueConstraint
{
    /// <summary>The <c>equals</c> key (a C# property cannot be called Equals).</summary>
    [YamlMember(Alias = "equals")]
    public string? Expected { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Null when the value satisfies the constraint, else why not.</summary>
    public string? Violation(JsonElement value)
    {
        if (Expected is { } expected)
        {
            var actual = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => "null",
                _ => value.GetRawText(),
            };
            return Same(expected, actual) ? null : $"is {Shorten(actual)}, expected {expected}";
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return $"is {value.ValueKind.ToString().ToLowerInvariant()}, expected a number";
        }

        var number = value.GetDouble();
        return number < (Min ?? double.NegativeInfinity) || number > (Max ?? double.PositiveInfinity)
            ? string.Create(CultureInfo.InvariantCulture, $"is {number}, expected {Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}..{Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}")
            : null;
    }

    public override string ToString() => Expected is { } e
        ? $"= {e}"
        : string.Create(CultureInfo.InvariantCulture, $"in {Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}..{Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}");

    // Numbers compare by value (2.10 equals 2.1); everything else as text, ignoring case.
    private static bool Same(string expected, string actual) =>
        double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
        && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            ? e.Equals(a)
            : string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
