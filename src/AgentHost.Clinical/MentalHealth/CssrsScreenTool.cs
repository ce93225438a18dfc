namespace AgentHost.Clinical.MentalHealth;

/// <summary><c>cssrs_screen</c>: C-SSRS screener → low / moderate / high risk (CLINICAL.md §C1–C2).</summary>
public sealed class CssrsScreenTool : ClinicalTool<CssrsRequest, CssrsResult>
{
    internal const string Summary =
        "Scores the C-SSRS suicide-risk screener (Q1, Q2, Q3–Q5 only if Q2 is yes, Q6 with whether it was within 3 months): "
        + "none, low, moderate or high risk, with the mandatory actions. Ask the questions verbatim; follow the actions exactly.";

    public override string Name => "cssrs_screen";

    public override string Description => Summary;

    public override CssrsResult Evaluate(CssrsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var q1 = InputGuard.Required(request.Q1, "q1", "true or false");
        var q2 = InputGuard.Required(request.Q2, "q2", "true or false");
        var q6 = InputGuard.Required(request.Q6, "q6", "true or false");
        bool q3 = false, q4 = false, q5 = false;
        if (q2)
        {
            q3 = InputGuard.Required(request.Q3, "q3", "true or false; asked because q2 is yes");
            q4 = InputGuard.Required(request.Q4, "q4", "true or false; asked because q2 is yes");
            q5 = InputGuard.Required(request.Q5, "q5", "true or false; asked because q2 is yes");
        }
        else
        {
            var skipped = new[] { ("q3", request.Q3), ("q4", request.Q4), ("q5", request.Q5) }.FirstOrDefault(q => q.Item2 == true).Item1;
            if (skipped is not null)
            {
                throw new ClinicalInputException(skipped, $"{skipped} is asked only when q2 is yes; with q2 no the screener skips to q6");
            }
        }

        var recent = false;
        if (q6)
        {
            recent = InputGuard.Required(request.Q6WithinThreeMonths, "q6_within_three_months", "true or false; asked because q6 is yes");
        }

        var triggers = new List<string>();
        CssrsRisk risk;
        if (q4 || q5 || (q6 && recent))
        {
            risk = CssrsRisk.High;
            if (q4)
            {
                triggers.Add("q4: intent without a plan");
            }

            if (q5)
            {
                triggers.Add("q5: intent with a plan");
            }

            if (q6 && recent)
            {
                triggers.Add("q6: preparatory act or attempt within 3 months");
            }
        }
        else if (q3 || q6)
        {
            risk = CssrsRisk.Moderate;
            if (q3)
            {
                triggers.Add("q3: thoughts with a method");
            }

            if (q6)
            {
                triggers.Add("q6: preparatory act or attempt more than 3 months ago");
            }
        }
        else if (q1 || q2)
        {
            risk = CssrsRisk.Low;
            triggers.Add(q2 ? "q2: active suicidal thoughts" : "q1: wish to be dead");
        }
        else
        {
            risk = CssrsRisk.None;
        }

        var actions = risk switch
        {
            CssrsRisk.High => new List<ClinicalFlag>
            {
                new("immediate_psychiatric_evaluation", "High risk: immediate psychiatric evaluation or emergency department, with constant observation."),
                SafetyActions.HumanTakeover,
                SafetyActions.GuardianNotification,
                SafetyActions.ResourceList,
            },
            CssrsRisk.Moderate => new List<ClinicalFlag>
            {
                new("referral_with_safety_precautions", "Moderate risk: behavioural-health referral plus safety precautions."),
                SafetyActions.ClinicianReview,
                SafetyActions.GuardianNotification,
                SafetyActions.ResourceList,
            },
            CssrsRisk.Low => new List<ClinicalFlag>
            {
                new("behavioural_health_referral", "Low risk: behavioural-health referral."),
                SafetyActions.ClinicianReview,
                SafetyActions.ResourceList,
            },
            _ => new List<ClinicalFlag> { new("negative_screen", "No risk identified by the screener; clinical judgement still applies.") },
        };

        return new CssrsResult
        {
            Risk = risk,
            Triggers = triggers,
            Actions = actions,
            CrisisContacts = risk == CssrsRisk.None ? null : CrisisContacts.China,
            Notes = risk == CssrsRisk.None ? [] : [CrisisContacts.Note],
            Citation = "Columbia Suicide Severity Rating Scale (C-SSRS), screener version, Columbia Lighthouse Project; triage low / moderate / high "
                + "as summarised in CLINICAL.md §C1 from secondary sources [S]: verify against the current screener triage before clinical use. "
                + "Free for clinical and research use; check the Columbia Lighthouse terms for commercial software. Escalation per CLINICAL.md §C2.",
        };
    }
}
