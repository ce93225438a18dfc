namespace AgentHost.Clinical.Growth;

/// <summary><c>growth_velocity</c>: cm/year from dated heights and the age-appropriate red flag (CLINICAL.md §A4.2, §A6).</summary>
public sealed class GrowthVelocityTool : ClinicalTool<GrowthVelocityRequest, GrowthVelocityResult>
{
    internal const string Summary =
        "Height velocity (cm/year) from two or more dated length/height measurements, with the age-appropriate red flag "
        + "(< 7 cm/yr under 3 y, < 5 cm/yr from 3 y to puberty, < 6 cm/yr in puberty, judged over ≥ 6 months). Quote its numbers and citation.";

    private const double DaysPerYear = 365.25;

    // CLINICAL.md §A4.2: a slow velocity counts only when it persists over at least 6–12 months of measurements.
    private const int MinimumSpanDays = 183;

    public override string Name => "growth_velocity";

    public override string Description => Summary;

    public override GrowthVelocityResult Evaluate(GrowthVelocityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var birth = InputGuard.Required(request.BirthDate, "birth_date", "YYYY-MM-DD");
        var measurements = InputGuard.Required(request.Measurements, "measurements", "two or more {date, height_cm}");
        if (measurements.Count < 2)
        {
            throw new ClinicalInputException("measurements", "measurements needs at least two dated heights");
        }

        var points = measurements.Select((m, i) => Validate(m, i, birth)).OrderBy(p => p.Date).ToList();
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Date == points[i - 1].Date)
            {
                throw new ClinicalInputException("measurements", "measurements must have different dates (two share one)");
            }
        }

        var intervals = points.Zip(points.Skip(1), Interval).ToList();
        var overall = Interval(points[0], points[^1]);
        var midpointDays = ((points[0].Date.DayNumber + points[^1].Date.DayNumber) / 2.0) - birth.DayNumber;
        var ageAtMidpoint = midpointDays / DaysPerYear;
        var puberty = request.PubertyStarted ?? false;
        var (band, threshold) = puberty ? (VelocityAgeBand.Puberty, 6.0)
            : ageAtMidpoint < 3 ? (VelocityAgeBand.Under3Years, 7.0)
            : (VelocityAgeBand.From3YearsToPuberty, 5.0);
        var evaluable = overall.Days >= MinimumSpanDays;
        var below = evaluable && overall.CmPerYear < threshold;

        var flags = new List<ClinicalFlag>();
        var notes = new List<string>
        {
            "Typical velocity: about 25 cm in year 1, 10–12 cm in year 2, then 5–7 cm/yr until puberty [M: verify against the guideline before clinical use].",
        };
        if (below)
        {
            flags.Add(new ClinicalFlag(
                "low_growth_velocity",
                $"Height velocity {InputGuard.Show(overall.CmPerYear)} cm/yr over {overall.Days} days is below {InputGuard.Show(threshold)} cm/yr for this age band: review and consider referral."));
        }

        if (!evaluable)
        {
            notes.Add("The measurements span less than 6 months; velocity over short intervals is unreliable, so no velocity red flag is raised.");
        }

        if (intervals.Any(i => i.GainCm < 0))
        {
            flags.Add(new ClinicalFlag("measurement_check", "Height decreased between two measurements: check the measurements (position, technique, units)."));
        }

        var ageAtLast = (points[^1].Date.DayNumber - birth.DayNumber) / DaysPerYear;
        if (puberty && request.Sex is { } sex && ageAtLast < (sex == Sex.Female ? 8 : 9))
        {
            flags.Add(new ClinicalFlag(
                "early_puberty",
                "Puberty reported before age 8 in a girl or 9 in a boy: refer for assessment of precocious puberty."));
        }

        return new GrowthVelocityResult
        {
            Intervals = intervals,
            Overall = overall,
            AgeAtMidpointYears = ClinicalRounding.Round(ageAtMidpoint, 2),
            AgeBand = band,
            ThresholdCmPerYear = threshold,
            Evaluable = evaluable,
            BelowThreshold = below,
            RedFlags = flags,
            Notes = notes,
            Citation = "Velocity thresholds used in Chinese practice (secondary sources, CLINICAL.md §A4.2 [S]): < 7 cm/yr under 3 y, "
                + "< 5 cm/yr from 3 y to puberty (some sources 4–5), < 6 cm/yr in puberty (5.5–6.6), persisting over ≥ 6–12 months; "
                + "puberty before 8 y (girls) or 9 y (boys) [S]; typical velocities in the notes are [M]: verify against the guideline before clinical use. "
                + "WHO Growth Velocity Standards 2009 are not used (no machine-readable tables).",
        };
    }

    private static (DateOnly Date, double HeightCm) Validate(HeightMeasurement measurement, int index, DateOnly birth)
    {
        var field = $"measurements[{index}]";
        if (measurement is null)
        {
            throw new ClinicalInputException(field, $"{field} must be an object with date and height_cm");
        }

        var date = InputGuard.Required(measurement.Date, $"{field}.date", "YYYY-MM-DD");
        var height = InputGuard.InRange(
            InputGuard.Required(measurement.HeightCm, $"{field}.height_cm", "centimetres"), $"{field}.height_cm", 30, 230, "cm", UnitSlip.Centimetres);
        if (date < birth)
        {
            throw new ClinicalInputException($"{field}.date", $"{field}.date must not be before birth_date");
        }

        if (date.DayNumber - birth.DayNumber > 20 * DaysPerYear)
        {
            throw new ClinicalInputException($"{field}.date", $"{field}.date is more than 20 years after birth_date; growth velocity applies to children");
        }

        return (date, height);
    }

    private static VelocityInterval Interval((DateOnly Date, double HeightCm) from, (DateOnly Date, double HeightCm) to)
    {
        var days = to.Date.DayNumber - from.Date.DayNumber;
        var gain = to.HeightCm - from.HeightCm;
        return new VelocityInterval(from.Date, to.Date, days, ClinicalRounding.Round(gain, 2), ClinicalRounding.Round(gain / days * DaysPerYear, 2));
    }
}
