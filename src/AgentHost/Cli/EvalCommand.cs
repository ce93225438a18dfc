using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Hosting;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Hosting;
using AgentHost.Knowledge;
using AgentHost.Knowledge.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost eval [agent…]</c>: runs the packages' evaluation cases through the live pipeline and writes a report
/// stamped with the model, package and knowledge versions; with <c>--baseline</c> it is a deploy gate (exit code 2
/// when a check that passed in the baseline fails now).
/// </summary>
internal static class EvalCommand
{
    public const int RegressionExitCode = 2;

    public static Command Create()
    {
        var overrides = new EngineOverrides();
        var agents = new Argument<string[]>("agent") { Description = "Agents to evaluate (default: every agent)", Arity = ArgumentArity.ZeroOrMore };
        var directory = new Option<string>("--agents-dir") { Description = "The agents folder", DefaultValueFactory = _ => "agents" };
        var output = new Option<string>("--out") { Description = "Folder for report.json and report.md", DefaultValueFactory = _ => "eval-reports" };
        var baseline = new Option<string?>("--baseline") { Description = "A previous report.json: exit code 2 on any regression" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Cap each answer's tokens (quick runs; the gates still see every sentence)" };
        var filter = new Option<string?>("--cases") { Description = "Only cases whose id matches this regular expression" };
        var judgeModel = new Option<string?>("--judge-model") { Description = "A GGUF model that scores the cases' judge rubrics (without one, judge checks are skipped)" };
        var command = new Command("eval", "Run the agents' evaluation cases against the engine and write JSON and Markdown reports.");
        command.Arguments.Add(agents);
        overrides.AddTo(command);
        foreach (var option in new Option[] { directory, output, baseline, maxTokens, filter, judgeModel })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var settings = new EvalSettings(
                parse.GetValue(agents) ?? [],
                Path.GetFullPath(parse.GetValue(directory)!),
                Path.GetFullPath(parse.GetValue(output)!),
                parse.GetValue(baseline),
                parse.GetValue(maxTokens),
                parse.GetValue(filter) is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant) : null,
                parse.GetValue(judgeModel) is { } judgePath ? Path.GetFullPath(judgePath) : null);
            return await RunAsync(settings, overrides.Read(parse), parse.InvocationConfiguration, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(EvalSettings settings, Dictionary<string, string?> engine, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        // Eval sessions and the knowledge index go to a throwaway folder: they must not mix with the hospital's data.
        var scratch = Directory.CreateTempSubdirectory("agenthost-eval-");
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddInMemoryCollection(engine);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Agents:Directory"] = settings.AgentsDirectory,
                ["Agents:HotReload"] = "false",
                ["Storage:DataDirectory"] = Path.Combine(scratch.FullName, "data"),
                ["Knowledge:Store"] = "Embedded",
                ["Knowledge:DatabasePath"] = Path.Combine(scratch.FullName, "knowledge.db"),
                ["Runtime:MaxOutputTokens"] = settings.MaxTokens?.ToString(CultureInfo.InvariantCulture),
            });
            // The table and the report are the output; a failure still ends as one error line (CommandErrors).
            builder.Logging.ClearProviders();
            builder.AddInference();
            builder.AddKnowledge();
            builder.AddAgents();
            using var host = builder.Build();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var store = host.Services.GetRequiredService<IKnowledgeStore>();
                foreach (var package in host.Services.GetRequiredService<AgentCatalog>().Packages)
                {
                    await EvalKnowledge.IngestAsync(package, store, scratch.FullName, cancellationToken).ConfigureAwait(false);
                }

                return await EvaluateAsync(host.Services, settings, console, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<int> EvaluateAsync(IServiceProvider services, EvalSettings settings, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<AgentCatalog>();
        var packages = new List<AgentPackage>();
        foreach (var id in settings.Agents.Length > 0 ? settings.Agents : catalog.Packages.Select(p => p.Id))
        {
            if (!catalog.TryGet(id, out var package))
            {
                await console.Error.WriteLineAsync($"error: there is no agent '{id}' in {settings.AgentsDirectory}").ConfigureAwait(false);
                return 1;
            }

            packages.Add(package);
        }

        var suites = new List<(AgentPackage Package, IReadOnlyList<EvalCase> Cases)>();
        var invalid = false;
        foreach (var package in packages)
        {
            var (cases, problems) = EvalCaseLoader.Load(package);
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            invalid |= problems.Count > 0;
            suites.Add((package, [.. cases.Where(c => settings.CaseFilter?.IsMatch(c.Id) ?? true)]));
        }

        if (invalid)
        {
            return 1;
        }

        var engine = services.GetRequiredService<InferenceEngine>();
        var modelPath = await DemoModelFile.ResolveAsync(services.GetRequiredService<IOptions<InferenceOptions>>().Value, cancellationToken).ConfigureAwait(false);
        using var judge = settings.JudgeModel is null ? null : JudgeEngine.Start(settings.JudgeModel, services.GetRequiredService<IOptions<InferenceOptions>>().Value);
        var runner = new EvalRunner(services.GetRequiredService<AgentRuntime>(), engine.MaxSequences, judge?.Judge);
        var results = new List<AgentEvalResult>();
        foreach (var (package, cases) in suites)
        {
            results.Add(await runner.RunAsync(package, cases, cancellationToken).ConfigureAwait(false));
        }

        var report = new EvalReport(DateTimeOffset.Now, await ModelStamp.ReadAsync(modelPath, cancellationToken).ConfigureAwait(false), settings.MaxTokens, judge?.Judge.ModelName, results);
        var written = await EvalReportFiles.WriteAsync(report, settings.OutputDirectory, cancellationToken).ConfigureAwait(false);
        await console.Output.WriteLineAsync($"model {report.Model.File} ({report.Model.Quantization}), sha256 {report.Model.Sha256[..12]}").ConfigureAwait(false);
        await console.Output.WriteAsync(EvalReportText.Table(report)).ConfigureAwait(false);
        await console.Output.WriteLineAsync(judge is null ? $"judge: {CaseChecker.NoJudgeReason}" : $"judge: rubrics scored by {judge.Judge.ModelName} (pass at {RubricJudge.PassingScore}/5)").ConfigureAwait(false);
        await console.Output.WriteLineAsync($"report: {written} (and {EvalReportFiles.MarkdownFileName})").ConfigureAwait(false);
        return settings.Baseline is { } baseline ? await CompareAsync(report, baseline, console, cancellationToken).ConfigureAwait(false) : 0;
    }

    private static async Task<int> CompareAsync(EvalReport report, string baselinePath, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var baseline = await EvalReportFiles.ReadAsync(baselinePath, cancellationToken).ConfigureAwait(false);
        var regressions = BaselineComparer.Compare(baseline, report);
        if (regressions.Count == 0)
        {
            await console.Output.WriteLineAsync($"baseline {baselinePath}: no regressions").ConfigureAwait(false);
            return 0;
        }

        await console.Error.WriteLineAsync($"{regressions.Count} regression(s) against {baselinePath}:").ConfigureAwait(false);
        foreach (var regression in regressions)
        {
            await console.Error.WriteLineAsync($"  {regression}").ConfigureAwait(false);
        }

        return RegressionExitCode;
    }
}
