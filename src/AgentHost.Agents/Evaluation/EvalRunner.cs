using System.Diagnostics;
using System.Text;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Core;

namespace AgentHost.Agents.Evaluation;

/// <summary>
/// Runs cases through the real turn pipeline (<see cref="AgentRuntime"/>: gates, retrieval, model, tools), as many
/// at once as the engine decodes in parallel, and scores each case's last turn.
/// </summary>
public sealed class EvalRunner(AgentRuntime runtime, int parallelism, RubricJudge? judge = null)
{
    public async Task<AgentEvalResult> RunAsync(AgentPackage package, IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(cases);
        var results = new CaseResult[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), options, async (i, token) =>
        {
            var evalCase = cases[i];
            var turn = await RunCaseAsync(package.Id, evalCase, token).ConfigureAwait(false);
            var checks = CaseChecker.Check(evalCase, turn).ToList();
            if (judge is not null && evalCase.Expect.Judge is { } rubric && turn.Error is null)
            {
                // With a judge model configured, the rubric is scored instead of skipped.
                var index = checks.FindIndex(c => c.Type == "judge");
                checks[index] = await judge.ScoreAsync(rubric, evalCase.Turns[^1], turn.Answer, token).ConfigureAwait(false);
            }

            results[i] = new CaseResult(evalCase.Id, evalCase.RedTeam, evalCase.Category, turn.SlowestTurnMs, checks);
        }).ConfigureAwait(false);
        return new AgentEvalResult(package.Id, package.Manifest.Version, package.ContentHash, FolderHash.Of(package.KnowledgeDirectory), results);
    }

    private async Task<TurnObservation> RunCaseAsync(string agentId, EvalCase evalCase, CancellationToken cancellationToken)
    {
        string? sessionId = null;
        long slowest = 0;
        var answer = new StringBuilder();
        string? escalation = null;
        var tools = new List<ToolEvent>();
        var cited = new List<string>();
        try
        {
            foreach (var message in evalCase.Turns)
            {
                answer.Clear();
                escalation = null;
                tools.Clear();
                cited.Clear();
                var clock = Stopwatch.StartNew();
                var request = new TurnRequest(agentId, message)
                {
                    SessionId = sessionId,
                    Locale = evalCase.Locale,
                    PatientContext = evalCase.PatientContext,
                    RequiredTool = evalCase.RequiredTool,
                };
                await foreach (var e in runtime.RunTurnAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    switch (e)
                    {
                        case TokenEvent token:
                            answer.Append(token.Text);
                            break;
                        case EscalationEvent escalated:
                            escalation = escalated.Kind;
                            answer.Append(escalated.Script);
                            break;
                        case ToolEvent tool:
                            tools.Add(tool);
                            break;
                        case CitationEvent citation:
                            cited.Add(citation.DocumentId);
                            break;
                        case DoneEvent done:
                            sessionId = done.SessionId;
                            break;
                    }
                }

                slowest = Math.Max(slowest, clock.ElapsedMilliseconds);
            }
        }
        catch (AgentHostException ex)
        {
            return new TurnObservation("", null, [], [], slowest, ex.Message);
        }

        return new TurnObservation(answer.ToString(), escalation, [.. tools], [.. cited], slowest, null);
    }
}
