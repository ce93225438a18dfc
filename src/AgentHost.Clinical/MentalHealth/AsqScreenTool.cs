namespace AgentHost.Clinical.MentalHealth;

/// <summary><c>asq_screen</c>: NIMH Ask Suicide-Screening Questions → acute / non-acute / negative (CLINICAL.md §C1–C2).</summary>
public sealed class AsqScreenTool : ClinicalTool<AsqRequest, AsqResult>
{
    internal const string Summary =
        "Scores the NIMH ASQ suicide-risk screen (Q1–Q4, and Q5 when any is yes): acute positive, non-acute positive or negative, "
        + "with the mandatory actions. Ask the questions verbatim; follow the actions exactly.";

    public override string Name => "asq_screen";

    public override string Description => Summary;

    public override AsqResult Evaluate(AsqRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answers = new[]
        {
            InputGuard.Required(request.Q1, "q1", "true or false"),
            InputGuard.Required(request.Q2, "q2", "true or false"),
            InputGuard.Required(request.Q3, "q3", "true or false"),
            InputGuard.Required(request.Q4, "q4", "true or false"),
        };
        var anyYes = answers.Any(a => a);
        if (anyYes && request.Q5 is null)
        {
            throw new ClinicalInputException("q5", "q5 is required when any of q1–q4 is yes: ask \"Are you having thoughts of killing yourself right now?\"");
        }

        var acute = request.Q5 == true;
        var outcome = acute ? AsqOutcome.Acute : anyYes ? AsqOutcome.NonAcute : AsqOutcome.Negative;
        var actions = outcome switch
        {
            AsqOutcome.Acute => new List<ClinicalFlag>
            {
                new("stat_safety_evaluation", "Acute positive: STAT safety and full mental-health evaluation; the person must not be left alone."),
                SafetyActions.HumanTakeover,
                SafetyActions.GuardianNotification,
                SafetyActions.ResourceList,
            },
            AsqOutcome.NonAcute => new List<ClinicalFlag>
            {
                new("brief_suicide_safety_assessment", "Non-acute positive: a clinician completes a Brief Suicide Safety Assessment before disposition."),
                SafetyActions.ClinicianReview,
                SafetyActions.GuardianNotification,
                SafetyActions.ResourceList,
            },
            _ => new List<ClinicalFlag>
            {
                new("negative_screen", "Negative screen; clinical judgement can override a negative screen."),
            },
        };

        var notes = new List<string> { "Screen without the parent present where possible." };
        if (!anyYes && acute)
        {
            notes.Add("Q5 was answered yes although Q1–Q4 were no: treated as acute positive.");
        }

        if (outcome != AsqOutcome.Negative)
        {
            notes.Add(CrisisContacts.Note);
        }

        return new AsqResult
        {
            Result = outcome,
            DoNotLeaveAlone = acute,
            Actions = actions,
            CrisisContacts = outcome == AsqOutcome.Negative ? null : CrisisContacts.China,
            Notes = notes,
            Citation = "Ask Suicide-Screening Questions (ASQ), NIMH, public domain; validated at ages 10–21 in paediatric emergency departments "
                + "(Horowitz 2012: sensitivity 96.9 %, specificity 87.6 %) [S]. Escalation per CLINICAL.md §C2.",
        };
    }
}
