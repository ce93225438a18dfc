using System.Text.RegularExpressions;
using AgentHost.Agents.Packages;

namespace AgentHost.Agents.Evaluation;

/// <summary>The validation of one case; each problem is reported with the keys that lead to it (for its line).</summary>
internal sealed partial class EvalCaseChecks(EvalCase evalCase, AgentPackage package, HashSet<string> documentIds, Action<string, object[]> report)
{
    public void All()
    {
        Identity();
        Turns();
        Expectations();
    }

    private void Identity()
    {
        if (!IdPattern().IsMatch(evalCase.Id))
        {
            report("id: required, lowercase letters, digits, '-', '_' or '.'", ["id"]);
        }

        if (evalCase.Locale is not ("zh" or "en"))
        {
            report($"locale: '{evalCase.Locale}' is not zh or en", ["locale"]);
        }

        if (evalCase.RequiredTool is { } tool && !package.Manifest.Tools.Contains(tool))
        {
            report($"required_tool: '{tool}' is not one of this agent's tools", ["required_tool"]);
        }
    }

    private void Turns()
    {
        if (evalCase.Turns.Count == 0)
        {
            report("turns: at least one user message is required", ["turns"]);
        }

        for (var i = 0; i < evalCase.Turns.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(evalCase.Turns[i]))
            {
                report("turns: a message is empty", ["turns", i]);
            }
        }
    }

    private void Expectations()
    {
        var expect = evalCase.Expect;
        if (expect.Escalates is null && expect.CallsTool is null && expect.ToolResult is null && expect.Cites is null
            && expect.MustInclude.Count == 0 && expect.MustNotInclude.Count == 0 && expect.MaxLatencyMs is null && expect.Judge is null)
        {
            report("expect: at least one check is required", ["expect"]);
        }

        if (expect.Escalates is { } escalates && !EvalCaseLoader.IsKnownEscalation(escalates))
        {
            report($"escalates: '{escalates}' is not true, false, crisis or emergency", ["expect", "escalates"]);
        }

        if (expect.CallsTool is { } call)
        {
            if (!package.Manifest.Tools.Contains(call.Name))
            {
                report($"calls_tool: '{call.Name}' is not one of this agent's tools", ["expect", "calls_tool", "name"]);
            }

            Constraints(call.Arguments, ["expect", "calls_tool", "arguments"]);
        }

        if (expect.ToolResult is { } result)
        {
            var tool = result.Tool ?? expect.CallsTool?.Name ?? evalCase.RequiredTool;
            if (tool is null || !package.Manifest.Tools.Contains(tool))
            {
                report("tool_result: name a tool of this agent (tool:, calls_tool or required_tool)", ["expect", "tool_result"]);
            }

            if (result.Fields.Count == 0)
            {
                report("tool_result: fields: at least one field is required", ["expect", "tool_result"]);
            }

            Constraints(result.Fields, ["expect", "tool_result", "fields"]);
        }

        if (expect.Cites is { } cites && !documentIds.Contains(cites))
        {
            report($"cites: '{cites}' is not a document id of this agent's knowledge", ["expect", "cites"]);
        }

        Patterns(expect.MustInclude, "must_include");
        Patterns(expect.MustNotInclude, "must_not_include");
        if (expect.MaxLatencyMs is <= 0)
        {
            report("max_latency_ms: must be a positive number of milliseconds", ["expect", "max_latency_ms"]);
        }

        if (expect.Judge is { } judge && string.IsNullOrWhiteSpace(judge))
        {
            report("judge: the rubric is empty", ["expect", "judge"]);
        }
    }

    private void Constraints(Dictionary<string, ValueConstraint> constraints, object[] keys)
    {
        foreach (var (path, constraint) in constraints)
        {
            object[] at = [.. keys, path];
            if (!JsonValuePath.IsValid(path))
            {
                report($"'{path}' is not a field path (name, name.child, name[0])", at);
            }

            if (constraint is null || (constraint.Expected is null) == (constraint.Min is null && constraint.Max is null))
            {
                report($"'{path}': give either equals or min/max", at);
            }
            else if (constraint.Min > constraint.Max)
            {
                report($"'{path}': min is above max", at);
            }
        }
    }

    private void Patterns(List<string> patterns, string key)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            try
            {
                _ = new Regex(patterns[i], EvalPatterns.Options, EvalPatterns.Timeout);
            }
            catch (ArgumentException ex)
            {
                report($"{key}: invalid regular expression ({ex.Message})", ["expect", key, i]);
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
