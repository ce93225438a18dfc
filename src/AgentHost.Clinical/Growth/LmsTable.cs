namespace AgentHost.Clinical.Growth;

/// <summary>
/// LMS rows of one indicator, per sex, ordered by their key (age in days or months, or length/height in cm).
/// </summary>
internal sealed class LmsTable
{
    // Keys parsed from text (45.1, 45.2 …) are not exact binary fractions; this tolerance treats them as equal.
    private const double KeyTolerance = 1e-9;

    private readonly Dictionary<Sex, (double[] Keys, LmsParameters[] Rows)> _bySex;

    public LmsTable(IEnumerable<(Sex Sex, double Key, LmsParameters Lms)> rows)
    {
        _bySex = rows
            .GroupBy(r => r.Sex)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var ordered = g.OrderBy(r => r.Key).ToArray();
                    return (ordered.Select(r => r.Key).ToArray(), ordered.Select(r => r.Lms).ToArray());
                });
    }

    public double FirstKey(Sex sex) => _bySex[sex].Keys[0];

    public double LastKey(Sex sex) => _bySex[sex].Keys[^1];

    /// <summary>The row whose key equals <paramref name="key"/> (WHO daily tables: no interpolation).</summary>
    public LmsParameters? Exact(Sex sex, double key)
    {
        var (keys, rows) = _bySex[sex];
        var index = Array.BinarySearch(keys, key);
        if (index < 0)
        {
            var next = ~index;
            if (next < keys.Length && Math.Abs(keys[next] - key) <= KeyTolerance)
            {
                return rows[next];
            }

            return next > 0 && Math.Abs(keys[next - 1] - key) <= KeyTolerance ? rows[next - 1] : null;
        }

        return rows[index];
    }

    /// <summary>L, M and S interpolated linearly between the rows around <paramref name="key"/>; null outside the table.</summary>
    public LmsParameters? Interpolate(Sex sex, double key)
    {
        if (Exact(sex, key) is { } exact)
        {
            return exact;
        }

        var (keys, rows) = _bySex[sex];
        var upper = ~Array.BinarySearch(keys, key);
        if (upper <= 0 || upper >= keys.Length)
        {
            return null;
        }

        var fraction = (key - keys[upper - 1]) / (keys[upper] - keys[upper - 1]);
        return LmsParameters.Interpolate(rows[upper - 1], rows[upper], fraction);
    }
}
