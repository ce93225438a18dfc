namespace AgentHost.Clinical.Growth;

/// <summary>
/// Box-Cox power (L), median (M) and coefficient of variation (S) of one reference row, with the LMS formulas
/// of WHO 2006 Methods ch. 7, written in the same order as WHO's anthro code so results agree to the last digit.
/// </summary>
internal readonly record struct LmsParameters(double L, double M, double S)
{
    public double ZScore(double x) =>
        L == 0 ? Math.Log(x / M) / S : (Math.Pow(x / M, L) - 1) / (S * L);

    /// <summary>The measurement at <paramref name="z"/> (the "SDk" curve).</summary>
    public double ValueAt(double z) =>
        L == 0 ? M * Math.Exp(S * z) : M * Math.Pow(1 + (L * S * z), 1 / L);

    /// <summary>
    /// WHO's restricted z: beyond ±3 SD the skewed tail is replaced by a straight line through SD2 and SD3, because
    /// the LMS curves were fitted only to ±3 SD.
    /// </summary>
    public double RestrictedZScore(double x)
    {
        var z = ZScore(x);
        if (z > 3)
        {
            var sd3 = ValueAt(3);
            return 3 + ((x - sd3) / (sd3 - ValueAt(2)));
        }

        if (z < -3)
        {
            var sd3 = ValueAt(-3);
            return -3 + ((x - sd3) / (ValueAt(-2) - sd3));
        }

        return z;
    }

    public static LmsParameters Interpolate(LmsParameters lower, LmsParameters upper, double fraction) =>
        new(
            lower.L + (fraction * (upper.L - lower.L)),
            lower.M + (fraction * (upper.M - lower.M)),
            lower.S + (fraction * (upper.S - lower.S)));
}
