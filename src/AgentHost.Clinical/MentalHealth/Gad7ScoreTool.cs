using System.Text.Json.Nodes;

namespace AgentHost.Clinical.MentalHealth;

/// <summary><c>gad7_score</c>: GAD-7 total, band and the ≥ 10 cut-off (CLINICAL.md §C1).</summary>
public sealed class Gad7ScoreTool : ClinicalTool<Gad7Request, Gad7Result>
{
    internal const string Summary =
        "Scores the GAD-7 anxiety questionnaire (seven items 0–3): total, severity band and the ≥ 10 cut-off. Screening only, not a diagnosis.";

    private const int Cutoff = 10;

    public override string Name => "gad7_score";

    public override string Description => Summary;

    protected override void RefineSchema(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        QuestionnaireItems.RefineSchema(schema, 7);
    }

    public override Gad7Result Evaluate(Gad7Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = QuestionnaireItems.Validate(request.Items, 7).Sum();
        var positive = total >= Cutoff;
        return new Gad7Result
        {
            Total = total,
            Severity = total switch
            {
                <= 4 => AnxietySeverity.Minimal,
                <= 9 => AnxietySeverity.Mild,
                <= 14 => AnxietySeverity.Moderate,
                _ => AnxietySeverity.Severe,
            },
            Screen = new ScreenScore(total, Cutoff, positive),
            NextSteps =
            [
                positive
                    ? new ClinicalFlag("clinician_follow_up", $"GAD-7 total {total} ≥ {Cutoff}: positive anxiety screen; arrange clinician assessment.")
                    : new ClinicalFlag("no_positive_screen", $"GAD-7 total {total} < {Cutoff}: no positive screen; clinical judgement still applies."),
            ],
            Citation = "GAD-7: Spitzer 2006 (bands 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe; ≥ 10 gives sensitivity 89 %, specificity 82 %). "
                + "Chinese versions also use ≥ 10 [M: verify against the guideline before clinical use]. GAD-7 is free to use (Pfizer).",
        };
    }
}
