using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentHost.Agents.Evaluation;

/// <summary>Scores a case's checks against what its last turn produced. Details name what differed, never the answer.</summary>
public static class CaseChecker
{
    /// <summary>Why judge checks are skipped: this host has no judge model to score rubrics with.</summary>
    public const string NoJudgeReason = "skipped: no judge model is configured, so rubrics are not scored";

    public static IReadOnlyList<CheckResult> Check(EvalCase evalCase, TurnObservation turn)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(turn);
        var expect = evalCase.Expect;
        var results = new List<CheckResult>();
        if (expect.Escalates is { } escalates)
        {
            results.Add(Escalation(escalates, turn));
        }

        if (expect.CallsTool is { } call)
        {
            results.Add(ToolCall(call, turn));
        }

        if (expect.ToolResult is { } result)
        {
            results.Add(ToolResult(result, result.Tool ?? expect.CallsTool?.Name ?? evalCase.RequiredTool!, turn));
        }

        if (expect.Cites is { } cites)
        {
            results.Add(Result("cites", "cites", Failure(turn) ?? (turn.CitedDocuments.Contains(cites, StringComparer.Ordinal)
                ? null
                : $"'{cites}' not cited (cited: {List(turn.CitedDocuments)})")));
        }

        for (var i = 0; i < expect.MustInclude.Count; i++)
        {
            var pattern = expect.MustInclude[i];
            results.Add(Result($"must_include[{i}]", "must_include", Failure(turn) ?? (Matches(pattern, turn.Answer) ? null : $"/{pattern}/ not found")));
        }

        for (var i = 0; i < expect.MustNotInclude.Count; i++)
        {
            var pattern = expect.MustNotInclude[i];
            results.Add(Result($"must_not_include[{i}]", "must_not_include", Failure(turn) ?? (Matches(pattern, turn.Answer) ? $"/{pattern}/ found" : null)));
        }

        if (expect.MaxLatencyMs is { } limit)
        {
            results.Add(Result("max_latency_ms", "max_latency_ms", Failure(turn) ?? (turn.SlowestTurnMs <= limit
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"slowest turn {turn.SlowestTurnMs} ms > {limit} ms"))));
        }

        if (expect.Judge is not null)
        {
            results.Add(new CheckResult("judge", "judge", EvalStatus.Skipped, NoJudgeReason));
        }

        return results;
    }

    private static CheckResult Escalation(string expected, TurnObservation turn)
    {
        if (Failure(turn) is { } failure)
        {
            return Result("escalates", "escalates", failure);
        }

        var actual = turn.EscalationKind ?? "none";
        var passed = expected switch
        {
            "true" => turn.EscalationKind is not null,
            "false" => turn.EscalationKind is null,
            _ => string.Equals(turn.EscalationKind, expected, StringComparison.Ordinal),
        };
        return Result("escalates", "escalates", passed ? null : $"expected {expected}, got {actual}");
    }

    private static CheckResult ToolCall(ToolCallExpectation call, TurnObservation turn)
    {
        if (Failure(turn) is { } failure)
        {
            return Result("calls_tool", "calls_tool", failure);
        }

        var calls = turn.Tools.Where(t => t.Name == call.Name).ToList();
        if (calls.Count == 0)
        {
            return Result("calls_tool", "calls_tool", $"{call.Name} not called (called: {List(turn.Tools.Select(t => t.Name))})");
        }

        // Any call of the tool whose arguments meet every constraint passes; otherwise report the first call's misses.
        var misses = calls.Select(c => Violations(call.Arguments, c.Arguments, "argument")).ToList();
        return Result("calls_tool", "calls_tool", misses.Any(m => m.Count == 0) ? null : string.Join("; ", misses[0]));
    }

    private static CheckResult ToolResult(ToolResultExpectation expected, string tool, TurnObservation turn)
    {
        if (Failure(turn) is { } failure)
        {
            return Result("tool_result", "tool_result", failure);
        }

        var calls = turn.Tools.Where(t => t.Name == tool).ToList();
        if (calls.Count == 0)
        {
            return Result("tool_result", "tool_result", $"{tool} not called");
        }

        var misses = calls.Select(c => c.Failed || c.Result is null
            ? [$"{tool} failed: {ErrorOf(c.Result)}"]
            : Violations(expected.Fields, c.Result.Value, "field")).ToList();
        return Result("tool_result", "tool_result", misses.Any(m => m.Count == 0) ? null : string.Join("; ", misses[0]));
    }

    private static List<string> Violations(Dictionary<string, ValueConstraint> constraints, JsonElement json, string what)
    {
        var misses = new List<string>();
        foreach (var (path, constraint) in constraints)
        {
            if (!JsonValuePath.TryFind(json, path, out var value))
            {
                misses.Add($"{what} {path} missing");
            }
            else if (constraint.Violation(value) is { } violation)
            {
                misses.Add($"{what} {path} {violation}");
            }
        }

        return misses;
    }

    // Tool errors come back as JSON with an error message; a short one says why the model's arguments were rejected.
    private static string ErrorOf(JsonElement? result)
    {
        var error = result switch
        {
            { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("error", out var e) => e,
            { ValueKind: JsonValueKind.String } text => text,
            _ => (JsonElement?)null,
        };
        if (error is not { } found)
        {
            return "no result";
        }

        var message = found.ValueKind == JsonValueKind.String ? found.GetString()! : found.GetRawText();
        return message.Length <= 120 ? message : message[..120] + "…";
    }

    private static string? Failure(TurnObservation turn) => turn.Error is { } error ? $"the case did not run: {error}" : null;

    private static bool Matches(string pattern, string text) => Regex.IsMatch(text, pattern, EvalPatterns.Options, EvalPatterns.Timeout);

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "none";

    private static CheckResult Result(string key, string type, string? failure) =>
        new(key, type, failure is null ? EvalStatus.Passed : EvalStatus.Failed, failure ?? "ok");
}
