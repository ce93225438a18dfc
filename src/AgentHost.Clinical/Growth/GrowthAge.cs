namespace AgentHost.Clinical.Growth;

/// <summary>
/// The child's age in the three forms the references need: whole days (WHO 0–5 y rows), exact months
/// (WHO 2007 and China interpolation) and completed months (China's half-year cut-off rows).
/// </summary>
/// <param name="Days">Whole days, rounded half up as WHO anthro does.</param>
/// <param name="Months">Exact age in 30.4375-day months.</param>
/// <param name="CompletedMonths">Completed months (calendar months when dates were given).</param>
/// <param name="Field">The argument the age came from, for error messages.</param>
internal sealed record GrowthAge(int Days, double Months, int CompletedMonths, string Field)
{
    /// <summary>WHO's average month length (anthro's ANTHRO_DAYS_OF_MONTH).</summary>
    public const double DaysPerMonth = 30.4375;
}
