namespace AgentHost.Clinical.Valve;

/// <summary><c>inr_check</c>: target INR for a mechanical valve, where the readings sit, and what to do (CLINICAL.md §B4–B5).</summary>
public sealed class InrCheckTool : ClinicalTool<InrCheckRequest, InrCheckResult>
{
    internal const string Summary =
        "Warfarin INR check for a mechanical heart valve: target INR (ESC 2021 Table 10 and ACC/AHA 2020) from valve "
        + "position, prosthesis thrombogenicity and risk factors; whether the latest reading is below, in or above range; and the action "
        + "level (routine, contact the anticoagulation clinic, urgent care for bleeding, INR > 10 or urgent symptoms). Never suggest a dose.";

    public override string Name => "inr_check";

    public override string Description => Summary;

    public override InrCheckResult Evaluate(InrCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patient = ValidatePatient(request);
        var readings = ValidateReadings(request.Readings);
        var notes = new List<string>();
        var targets = new InrTargets { Esc2021 = InrTargetRules.Esc(patient), AccAha2020 = InrTargetRules.AccAha(patient, notes) };
        var guideline = request.Guideline ?? InrGuideline.Esc2021;
        var applied = guideline == InrGuideline.AccAha2020 && targets.AccAha2020 is { } acc ? acc : targets.Esc2021;
        if (guideline == InrGuideline.AccAha2020 && targets.AccAha2020 is null)
        {
            guideline = InrGuideline.Esc2021;
            notes.Add("No ACC/AHA target for this valve: readings are judged against the ESC target.");
        }

        var statuses = readings.Select(r => new InrReadingStatus(r.Date, r.Inr, StatusOf(r.Inr, applied))).ToList();
        var latest = statuses[^1];
        var (level, sameDay, reasons) = Decide(latest, applied, patient, request.Bleeding ?? false, request.Symptoms ?? []);

        var riskFactors = InrTargetRules.EscRiskFactors(patient).ToList();
        if (patient.HypercoagulableState)
        {
            riskFactors.Add("hypercoagulable_state");
        }

        notes.Add("DOACs are contraindicated with mechanical valves (Class 3: Harm; RE-ALIGN, PROACT Xa).");
        notes.Add("Stable patients may be tested as rarely as every 12 weeks (ACCP 2012, 2B).");
        return new InrCheckResult
        {
            Thrombogenicity = patient.Thrombogenicity,
            RiskFactors = riskFactors,
            Targets = targets,
            GuidelineApplied = guideline,
            Latest = latest,
            Readings = statuses,
            ActionLevel = level,
            SameDay = sameDay,
            Reasons = reasons,
            Notes = notes,
            Citation = ValveCitations.Inr,
        };
    }

    private static (InrActionLevel Level, bool SameDay, List<ClinicalFlag> Reasons) Decide(
        InrReadingStatus latest, InrTarget applied, InrPatient patient, bool bleeding, IReadOnlyList<UrgentSymptom> symptoms)
    {
        var reasons = new List<ClinicalFlag>();
        if (bleeding)
        {
            reasons.Add(new ClinicalFlag("bleeding", "Bleeding on warfarin: urgent care now (call 120 / go to the emergency department)."));
        }

        if (latest.Inr > 10)
        {
            reasons.Add(new ClinicalFlag("inr_above_10", "INR above 10: urgent care now (oral vitamin K is considered, ACCP 2012 2C)."));
        }

        foreach (var symptom in symptoms.Distinct())
        {
            reasons.Add(new ClinicalFlag("urgent_symptom", $"{UrgentSymptomText(symptom)}: urgent care now (call 120 / go to the emergency department)."));
        }

        if (reasons.Count > 0)
        {
            if (latest.Status == InrStatus.Below && symptoms.Any(IsThrombosisSign))
            {
                reasons.Add(new ClinicalFlag("suspected_valve_thrombosis", "Thrombosis or embolic signs after a subtherapeutic INR: suspected prosthetic valve thrombosis."));
            }

            return (InrActionLevel.UrgentCare, true, reasons);
        }

        switch (latest.Status)
        {
            case InrStatus.Below:
                var sameDay = patient.MitralOrTricuspid;
                reasons.Add(new ClinicalFlag(
                    "inr_below_range",
                    $"INR {InputGuard.Show(latest.Inr)} is below the target range ({InputGuard.Show(applied.RangeLow)}–{InputGuard.Show(applied.RangeHigh)}): contact the anticoagulation clinic"
                    + (sameDay ? " today (mitral or tricuspid valve)." : ".")));
                return (InrActionLevel.ContactAnticoagulationClinic, sameDay, reasons);
            case InrStatus.Above when latest.Inr >= 4.5:
                reasons.Add(new ClinicalFlag(
                    "inr_4_5_to_10",
                    $"INR {InputGuard.Show(latest.Inr)} (4.5–10) without bleeding: contact the anticoagulation clinic; routine vitamin K is not advised (ACCP 2012, 2B)."));
                return (InrActionLevel.ContactAnticoagulationClinic, false, reasons);
            case InrStatus.Above:
                reasons.Add(new ClinicalFlag(
                    "inr_above_range",
                    $"INR {InputGuard.Show(latest.Inr)} is above the target range ({InputGuard.Show(applied.RangeLow)}–{InputGuard.Show(applied.RangeHigh)}): contact the anticoagulation clinic."));
                return (InrActionLevel.ContactAnticoagulationClinic, false, reasons);
            default:
                reasons.Add(new ClinicalFlag("in_range", "INR in the target range: next test as scheduled."));
                return (InrActionLevel.Routine, false, reasons);
        }
    }

    private static bool IsThrombosisSign(UrgentSymptom symptom) =>
        symptom is UrgentSymptom.NewDyspnoea or UrgentSymptom.EmbolicSigns or UrgentSymptom.ValveClickChange or UrgentSymptom.DyspnoeaAtRest;

    private static string UrgentSymptomText(UrgentSymptom symptom) => symptom switch
    {
        UrgentSymptom.Syncope => "Syncope or near-syncope",
        UrgentSymptom.ChestPain => "Chest pain",
        UrgentSymptom.DyspnoeaAtRest => "Breathlessness at rest, orthopnoea or PND",
        UrgentSymptom.PalpitationsWithDizziness => "Palpitations with dizziness",
        UrgentSymptom.NewDyspnoea => "New breathlessness (possible valve thrombosis)",
        UrgentSymptom.EmbolicSigns => "Embolic signs (stroke signs, transient visual loss, cold limb)",
        UrgentSymptom.ValveClickChange => "Muffled or absent valve click or a new murmur (possible valve thrombosis)",
        UrgentSymptom.Fever => "Fever with a prosthetic valve (possible endocarditis)",
        UrgentSymptom.Melaena => "Melaena (bleeding)",
        UrgentSymptom.Haematemesis => "Haematemesis (bleeding)",
        UrgentSymptom.Haematuria => "Haematuria (bleeding)",
        UrgentSymptom.SevereHeadache => "Severe headache on warfarin",
        _ => "Head injury on warfarin",
    };

    private static InrStatus StatusOf(double inr, InrTarget target) =>
        inr < target.RangeLow ? InrStatus.Below : inr > target.RangeHigh ? InrStatus.Above : InrStatus.InRange;

    private static InrPatient ValidatePatient(InrCheckRequest r)
    {
        var position = InputGuard.Required(r.Position, "position", "\"aortic\", \"mitral\", \"tricuspid\" or \"multiple\"");
        Thrombogenicity thrombogenicity;
        if (r.ProsthesisModel is { } model)
        {
            thrombogenicity = InrTargetRules.ThrombogenicityOf(model);
            if (r.Thrombogenicity is { } given && given != thrombogenicity)
            {
                throw new ClinicalInputException(
                    "thrombogenicity",
                    $"thrombogenicity \"{given.ToString().ToLowerInvariant()}\" contradicts prosthesis_model, which ESC 2021 rates \"{thrombogenicity.ToString().ToLowerInvariant()}\"; give one of them");
            }
        }
        else
        {
            thrombogenicity = InputGuard.Required(r.Thrombogenicity, "thrombogenicity", "\"low\", \"medium\" or \"high\", or give prosthesis_model");
        }

        return new InrPatient(
            position,
            r.ProsthesisModel,
            thrombogenicity,
            r.AtrialFibrillation ?? false,
            r.PreviousThromboembolism ?? false,
            r.MitralStenosis ?? false,
            InputGuard.InRange(r.LvefPct, "lvef_pct", 5, 90, "%", UnitSlip.Percent),
            r.HypercoagulableState ?? false,
            InputGuard.InRange(r.MonthsSinceImplant, "months_since_implant", 0, 600, "months"));
    }

    private static List<(DateOnly Date, double Inr)> ValidateReadings(IReadOnlyList<InrReading>? readings)
    {
        if (readings is null || readings.Count == 0)
        {
            throw new ClinicalInputException("readings", "readings is required (one or more {date, inr})");
        }

        return readings
            .Select((reading, i) =>
            {
                var field = $"readings[{i}]";
                if (reading is null)
                {
                    throw new ClinicalInputException(field, $"{field} must be an object with date and inr");
                }

                var date = InputGuard.Required(reading.Date, $"{field}.date", "YYYY-MM-DD");
                var inr = InputGuard.InRange(InputGuard.Required(reading.Inr, $"{field}.inr", "a number"), $"{field}.inr", 0.5, 20, "");
                return (Date: date, Inr: inr, Order: i);
            })
            .OrderBy(r => r.Date)
            .ThenBy(r => r.Order)
            .Select(r => (r.Date, r.Inr))
            .ToList();
    }
}
