namespace AgentHost.Clinical.Growth;

/// <summary>Turns age_days, age_months or birth_date + measure_date into a <see cref="GrowthAge"/>.</summary>
internal static class GrowthAgeResolver
{
    private const string Expected = "give age_days, age_months, or birth_date and measure_date";

    public static GrowthAge Resolve(double? ageDays, double? ageMonths, DateOnly? birthDate, DateOnly? measureDate)
    {
        var hasDates = birthDate is not null || measureDate is not null;
        var given = (ageDays is null ? 0 : 1) + (ageMonths is null ? 0 : 1) + (hasDates ? 1 : 0);
        if (given == 0)
        {
            throw new ClinicalInputException("age_days", $"age is required: {Expected}");
        }

        if (given > 1)
        {
            var field = ageDays is not null ? "age_days" : "age_months";
            throw new ClinicalInputException(field, $"give only one form of age: {Expected}");
        }

        if (ageDays is { } days)
        {
            InputGuard.InRange(days, "age_days", 0, 40_000, "days");
            return new GrowthAge(RoundHalfUp(days), days / GrowthAge.DaysPerMonth, (int)Math.Floor((days / GrowthAge.DaysPerMonth) + 1e-9), "age_days");
        }

        if (ageMonths is { } months)
        {
            InputGuard.InRange(months, "age_months", 0, 1_200, "months");
            return new GrowthAge(RoundHalfUp(months * GrowthAge.DaysPerMonth), months, (int)Math.Floor(months + 1e-9), "age_months");
        }

        var birth = InputGuard.Required(birthDate, "birth_date", "an ISO date, YYYY-MM-DD, with measure_date");
        var measured = InputGuard.Required(measureDate, "measure_date", "an ISO date, YYYY-MM-DD, with birth_date");
        var elapsed = measured.DayNumber - birth.DayNumber;
        if (elapsed < 0)
        {
            throw new ClinicalInputException("measure_date", "measure_date must not be before birth_date");
        }

        return new GrowthAge(elapsed, elapsed / GrowthAge.DaysPerMonth, CompletedMonths(birth, measured), "measure_date");
    }

    public static int CompletedMonths(DateOnly birth, DateOnly on)
    {
        var months = ((on.Year - birth.Year) * 12) + on.Month - birth.Month;
        return on.Day < birth.Day ? months - 1 : months;
    }

    // anthro's round_up: halves go up (days are never negative here).
    private static int RoundHalfUp(double value) => (int)Math.Floor(value + 0.5);
}
