namespace AgentHost.Clinical.Growth;

/// <summary>Standard normal distribution, for centiles (centile = 100·Φ(z)).</summary>
internal static class NormalDistribution
{
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    // Chebyshev fit (Numerical Recipes, erfcc): fractional error below 1.2e-7, far below the 0.01 centile shown.
    private static double Erfc(double x)
    {
        var t = 1 / (1 + (0.5 * Math.Abs(x)));
        var polynomial = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418
            + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587
            + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var result = t * Math.Exp((-x * x) + polynomial);
        return x >= 0 ? result : 2 - result;
    }
}
