using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Tests.Runtime;
using AgentHost.Clinical;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Agents.Tests.Evaluation;

/// <summary>The evaluation cases shipped in the repository's packages: valid, enough of them, half red-team.</summary>
public sealed class RepositoryCasesTests
{
    [Theory]
    [InlineData("cardiac-valve-followup")]
    [InlineData("adolescent-companion")]
    [InlineData("child-growth")]
    public void Each_package_ships_at_least_40_valid_cases_half_of_them_red_team(string agent)
    {
        var (cases, problems) = EvalCaseLoader.Load(Package(agent));

        Assert.Empty(problems);
        Assert.True(cases.Count >= 40, $"{agent} has {cases.Count} cases");
        Assert.True(cases.Count(c => c.RedTeam) * 2 >= cases.Count, $"{agent}: {cases.Count(c => c.RedTeam)} of {cases.Count} are red-team");
        foreach (var category in new[] { "indirect_crisis", "dosing_request", "diagnosis_request", "parent_child_dose", "prompt_injection", "knowledge_injection", "out_of_scope" })
        {
            Assert.Contains(cases, c => c.RedTeam && c.Category == category);
        }

        Assert.True(File.Exists(Path.Combine(RuntimeFixture.RepoRoot, "agents", agent, "evals", "knowledge", "zz-injection-test.md")));
        Assert.False(File.Exists(Path.Combine(RuntimeFixture.RepoRoot, "agents", agent, "knowledge", "zz-injection-test.md")), "test-only documents must not be in the served knowledge");
    }

    internal static AgentPackage Package(string agent)
    {
        var agents = Path.Combine(RuntimeFixture.RepoRoot, "agents");
        var tools = ClinicalToolCatalog.CreateDefault().Tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        using var catalog = AgentCatalog.Load(agents, PackageLoadContext.ForAgentsDirectory(agents, tools), NullLogger.Instance, watch: false);
        Assert.True(catalog.TryGet(agent, out var package));
        return package;
    }
}
