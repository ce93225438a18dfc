using System.CommandLine;
using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Packages;
using AgentHost.Clinical;

namespace AgentHost.Cli;

/// <summary><c>agenthost agents validate [dir]</c> and <c>agenthost agents new &lt;id&gt;</c>.</summary>
internal static class AgentsCommand
{
    public static Command Create()
    {
        var command = new Command("agents", "Validate and scaffold agent packages.");
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(New());
        return command;
    }

    private static Command Validate()
    {
        var directory = new Argument<string>("dir") { Description = "An agents folder, or one package folder", DefaultValueFactory = _ => "agents" };
        var command = new Command("validate", "Check every package (or one): prints each problem as file:line: message; exit code 1 if any.");
        command.Arguments.Add(directory);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = Path.GetFullPath(parse.GetValue(directory)!);
            if (!Directory.Exists(path))
            {
                await error.WriteLineAsync($"error: '{path}' is not a folder").ConfigureAwait(false);
                return 1;
            }

            var single = File.Exists(Path.Combine(path, AgentPackageLoader.ManifestFileName));
            var agentsDirectory = single ? Path.GetDirectoryName(path)! : path;
            var context = PackageLoadContext.ForAgentsDirectory(agentsDirectory, KnownTools());
            var packages = single ? [path] : AgentCatalog.PackageDirectories(path).ToList();
            var failed = 0;
            foreach (var package in packages)
            {
                var (loaded, problems) = AgentPackageLoader.TryLoad(package, context);
                if (loaded is not null)
                {
                    // A package whose eval cases are broken cannot gate a deployment: validate them too.
                    problems = loaded.Manifest.Evals is null ? [] : EvalCaseLoader.Load(loaded).Problems;
                    if (problems.Count == 0)
                    {
                        await output.WriteLineAsync($"ok    {loaded.Id} {loaded.Manifest.Version}").ConfigureAwait(false);
                        continue;
                    }
                }

                failed++;
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }
            }

            await output.WriteLineAsync($"{packages.Count - failed} valid, {failed} invalid").ConfigureAwait(false);
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command New()
    {
        var id = new Argument<string>("id") { Description = "The new agent's id (lowercase letters, digits, '-')" };
        var directory = new Option<string>("--dir") { Description = "The agents folder", DefaultValueFactory = _ => "agents" };
        var command = new Command("new", "Scaffold a new, valid agent package to edit.");
        command.Arguments.Add(id);
        command.Options.Add(directory);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var agents = parse.GetValue(directory)!;
            Directory.CreateDirectory(agents);
            var context = PackageLoadContext.ForAgentsDirectory(agents, KnownTools());
            var created = PackageScaffolder.Create(agents, parse.GetValue(id)!, context);
            AgentPackageLoader.Load(created, context);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Created {created}; edit agent.yaml and prompts/, then run `agenthost agents validate`.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static HashSet<string> KnownTools() =>
        ClinicalToolCatalog.CreateDefault().Tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
}
