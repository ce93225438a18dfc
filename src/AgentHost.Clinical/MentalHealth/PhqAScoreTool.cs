using System.Text.Json.Nodes;

namespace AgentHost.Clinical.MentalHealth;

/// <summary><c>phq_a_score</c>: PHQ-9 / PHQ-A total, band, adolescent cut-off and the item-9 suicide pathway (CLINICAL.md §C1).</summary>
public sealed class PhqAScoreTool : ClinicalTool<PhqARequest, PhqAResult>
{
    internal const string Summary =
        "Scores the PHQ-9 / PHQ-A depression questionnaire (nine items 0–3): total, severity band, adolescent cut-off ≥ 11, "
        + "PHQ-2, and the suicide pathway (item 9 ≥ 1 or a PHQ-A suicide question answered yes, whatever the total). "
        + "Screening only, not a diagnosis; follow next_steps exactly.";

    private const int AdolescentCutoff = 11;
    private const int Phq2Cutoff = 3;

    public override string Name => "phq_a_score";

    public override string Description => Summary;

    protected override void RefineSchema(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        QuestionnaireItems.RefineSchema(schema, 9);
    }

    public override PhqAResult Evaluate(PhqARequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = QuestionnaireItems.Validate(request.Items, 9);
        var age = InputGuard.InRange(request.AgeYears, "age_years", 6, 30, "years");
        var total = items.Sum();
        var phq2 = items[0] + items[1];
        var item9 = items[8];

        var steps = new List<ClinicalFlag>();
        var notes = new List<string>();
        var suicidalThoughts = request.SeriousSuicidalThoughtsPastMonth ?? false;
        var attempt = request.LifetimeSuicideAttempt ?? false;
        var pathway = item9 >= 1 || suicidalThoughts || attempt;
        if (pathway)
        {
            var why = new List<string>();
            if (item9 >= 1)
            {
                why.Add($"item 9 = {item9}");
            }

            if (suicidalThoughts)
            {
                why.Add("serious thoughts of ending life in the past month");
            }

            if (attempt)
            {
                why.Add("a lifetime suicide attempt");
            }

            steps.Add(SafetyActions.SuicidePathway with { Message = $"{SafetyActions.SuicidePathway.Message} Reason: {string.Join("; ", why)}." });
            steps.Add(SafetyActions.ResourceList);
            steps.Add(SafetyActions.GuardianNotification);
        }

        var positive = total >= AdolescentCutoff;
        if (positive)
        {
            steps.Add(new ClinicalFlag("clinician_follow_up", $"PHQ total {total} ≥ {AdolescentCutoff} (adolescent cut-off): positive depression screen; arrange clinician assessment."));
        }
        else if (!pathway)
        {
            steps.Add(new ClinicalFlag("no_positive_screen", "Below the adolescent cut-off and item 9 = 0: no positive screen; clinical judgement still applies."));
        }

        if (age is { } years && (years < 13 || years >= 18))
        {
            notes.Add("The ≥ 11 cut-off was validated at ages 13–17; interpret with care at this age.");
        }

        if (request.DepressedMostDaysPastYear == true)
        {
            notes.Add("Depressed most days in the past year: ask the clinician to consider persistent depressive disorder.");
        }

        if (request.FunctionalDifficulty is FunctionalDifficulty.VeryDifficult or FunctionalDifficulty.ExtremelyDifficult)
        {
            notes.Add("Marked functional difficulty reported.");
        }

        notes.Add("A screening score is not a diagnosis.");
        if (pathway)
        {
            notes.Add(CrisisContacts.Note);
        }

        return new PhqAResult
        {
            Total = total,
            Severity = total switch
            {
                <= 4 => DepressionSeverity.Minimal,
                <= 9 => DepressionSeverity.Mild,
                <= 14 => DepressionSeverity.Moderate,
                <= 19 => DepressionSeverity.ModeratelySevere,
                _ => DepressionSeverity.Severe,
            },
            AdolescentScreen = new ScreenScore(total, AdolescentCutoff, positive),
            Phq2 = new ScreenScore(phq2, Phq2Cutoff, phq2 >= Phq2Cutoff),
            Item9 = item9,
            SuicidePathway = pathway,
            NextSteps = steps,
            CrisisContacts = pathway ? CrisisContacts.China : null,
            Notes = notes,
            Citation = "PHQ-9 severity bands: Kroenke 2001 (0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe). "
                + "Adolescent cut-off ≥ 11 for ages 13–17: Richardson LP et al., Pediatrics 2010;126:1117 (sensitivity 89.5 %, specificity 77.5 %, AUC 0.88); "
                + "PHQ-2 ≥ 3 (74 % / 75 %). Item 9 ≥ 1 → suicide pathway regardless of total: this project's safety rule (CLINICAL.md §C1, §C2). "
                + "PHQ is free to use (Pfizer).",
        };
    }
}
