using System.Globalization;
using System.Text;

namespace AgentHost.Agents.Evaluation;

/// <summary>The human views of a report: the terminal table (per agent and check type) and the Markdown file.</summary>
public static class EvalReportText
{
    private static readonly string[] CheckTypes = ["escalates", "calls_tool", "tool_result", "cites", "must_include", "must_not_include", "max_latency_ms", "judge"];

    /// <summary>One table per agent: a row per check type with passed, failed and skipped counts.</summary>
    public static string Table(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var agent in report.Agents)
        {
            var redTeam = agent.Cases.Count(c => c.RedTeam);
            text.Append(CultureInfo.InvariantCulture, $"{agent.Id} {agent.Version} ({agent.Cases.Count} cases, {redTeam} red-team)\n");
            text.Append(CultureInfo.InvariantCulture, $"  {"check",-18} {"passed",7} {"failed",7} {"skipped",8}\n");
            foreach (var (type, passed, failed, skipped) in Tally(agent))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {type,-18} {passed,7} {failed,7} {skipped,8}\n");
            }

            var (p, f, s) = Totals(agent);
            text.Append(CultureInfo.InvariantCulture, $"  {"total",-18} {p,7} {f,7} {s,8}\n\n");
        }

        return text.ToString();
    }

    public static string Markdown(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# AgentHost evaluation report\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- run: {report.CreatedAt:yyyy-MM-dd HH:mm:ss zzz}\n");
        md.Append(CultureInfo.InvariantCulture, $"- model: `{report.Model.File}` ({report.Model.Name ?? "unnamed"}, {report.Model.Architecture}), quantization {report.Model.Quantization}\n");
        md.Append(CultureInfo.InvariantCulture, $"- model SHA-256: `{report.Model.Sha256}`\n");
        md.Append(CultureInfo.InvariantCulture, $"- max output tokens: {(report.MaxOutputTokens is { } m ? m.ToString(CultureInfo.InvariantCulture) : "per package")}\n");
        md.Append(CultureInfo.InvariantCulture, $"- judge model: {report.JudgeModel ?? "none configured (judge checks are skipped)"}\n");
        md.Append("- cases are synthetic (written by the package authors); no patient data is involved.\n\n");
        foreach (var agent in report.Agents)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {agent.Id} {agent.Version}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"package content `{agent.ContentHash}`, knowledge `{agent.KnowledgeHash}`; {agent.Cases.Count} cases, {agent.Cases.Count(c => c.RedTeam)} red-team\n\n");
            md.Append("| check | passed | failed | skipped |\n|---|---:|---:|---:|\n");
            foreach (var (type, passed, failed, skipped) in Tally(agent))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {type} | {passed} | {failed} | {skipped} |\n");
            }

            var notPassed = agent.Cases.SelectMany(c => c.Checks.Where(k => k.Status != EvalStatus.Passed).Select(k => (Case: c, Check: k))).ToList();
            if (notPassed.Count > 0)
            {
                md.Append("\n| case | red-team | check | status | detail |\n|---|---|---|---|---|\n");
                foreach (var (c, k) in notPassed)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {(c.RedTeam ? "yes" : "")} | {k.Key} | {k.Status.ToString().ToLowerInvariant()} | {Cell(k.Detail)} |\n");
                }
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static IEnumerable<(string Type, int Passed, int Failed, int Skipped)> Tally(AgentEvalResult agent)
    {
        var checks = agent.Cases.SelectMany(c => c.Checks).ToList();
        var types = CheckTypes.Concat(checks.Select(c => c.Type)).Distinct(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var ofType = checks.Where(c => c.Type == type).ToList();
            if (ofType.Count > 0)
            {
                yield return (type, ofType.Count(c => c.Status == EvalStatus.Passed), ofType.Count(c => c.Status == EvalStatus.Failed), ofType.Count(c => c.Status == EvalStatus.Skipped));
            }
        }
    }

    private static (int Passed, int Failed, int Skipped) Totals(AgentEvalResult agent)
    {
        var checks = agent.Cases.SelectMany(c => c.Checks).ToList();
        return (checks.Count(c => c.Status == EvalStatus.Passed), checks.Count(c => c.Status == EvalStatus.Failed), checks.Count(c => c.Status == EvalStatus.Skipped));
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
