namespace AgentHost.Clinical.Growth;

/// <summary><c>mid_parental_height</c>: Tanner and Luo target heights from the parents' heights (CLINICAL.md §A5).</summary>
public sealed class MidParentalHeightTool : ClinicalTool<MidParentalHeightRequest, MidParentalHeightResult>
{
    internal const string Summary =
        "Target (genetic) adult height from the parents' heights: Tanner 1970 corrected mid-parental height (±8.5 cm) "
        + "and the Luo 1998 formula used in China (±10 cm). Quote its numbers and citation.";

    // Decimal arithmetic: 37.85 + 0.75 × 167.5 = 163.475 must round to 163.48, which binary doubles miss.
    private const decimal TannerRange = 8.5m;
    private const decimal LuoRange = 10m;

    public override string Name => "mid_parental_height";

    public override string Description => Summary;

    public override MidParentalHeightResult Evaluate(MidParentalHeightRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var father = (decimal)InputGuard.InRange(
            InputGuard.Required(request.FatherHeightCm, "father_height_cm", "height in cm"), "father_height_cm", 120, 230, "cm", UnitSlip.Centimetres);
        var mother = (decimal)InputGuard.InRange(
            InputGuard.Required(request.MotherHeightCm, "mother_height_cm", "height in cm"), "mother_height_cm", 120, 230, "cm", UnitSlip.Centimetres);
        var mid = (father + mother) / 2;
        var male = request.Sex != Sex.Female;
        var female = request.Sex != Sex.Male;

        return new MidParentalHeightResult
        {
            MidParentalHeightCm = Round(mid),
            Tanner = new TargetHeightMethod
            {
                Formula = "boys (father + mother + 13) / 2; girls (father + mother − 13) / 2",
                RangeCm = (double)TannerRange,
                Male = male ? Target((father + mother + 13) / 2, TannerRange) : null,
                Female = female ? Target((father + mother - 13) / 2, TannerRange) : null,
            },
            Luo = new TargetHeightMethod
            {
                Formula = "boys 45.99 + 0.78 × mid-parental height; girls 37.85 + 0.75 × mid-parental height",
                RangeCm = (double)LuoRange,
                Male = male ? Target(45.99m + (0.78m * mid), LuoRange) : null,
                Female = female ? Target(37.85m + (0.75m * mid), LuoRange) : null,
            },
            Notes =
            [
                "Chinese texts often quote ±5.29 cm for the Luo formula [M] and consumer sources ±5 or ±6.5 cm for Tanner; these ranges are not standardised.",
                "A child whose height SDS is 1.5–2 SD below the target-height SDS needs review [M: verify against the guideline before clinical use].",
            ],
            Citation = "Tanner 1970 (corrected mid-parental height, target ±8.5 cm ≈ 2 SD) and Luo 1998 "
                + "(final-height prediction used in China, ±10 cm), as tabulated in BMC Pediatr 2025 (PMC12797921, Table 1); CLINICAL.md §A5. "
                + "Notes marked [M] are from memory: verify against the guideline before clinical use.",
        };
    }

    private static TargetHeight Target(decimal target, decimal range) =>
        new(Round(target), Round(target - range), Round(target + range));

    private static double Round(decimal value) => (double)Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
