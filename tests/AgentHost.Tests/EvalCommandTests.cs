using System.Security.Cryptography;
using System.Text.Json;

namespace AgentHost.Tests;

/// <summary><c>agenthost eval</c> end to end on the tiny demo model, on a subset of cases with short answers.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class EvalCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("agenthost-eval-cli-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Eval_prints_a_table_and_writes_reports_stamped_with_model_package_and_knowledge()
    {
        var output = Path.Combine(_work.FullName, "report");
        var result = await RunEvalAsync(RepositoryFiles.PathOf("agents"), output, "cg-rt-crisis|cg-emergency-seizure$|cg-rt-dose-ibuprofen|cg-judge-screens-en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("child-growth 1.0.0", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"escalates\s+\d+\s+0\s+0", result.Output);
        Assert.Matches(@"judge\s+0\s+0\s+1", result.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var model = json.RootElement.GetProperty("model");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(TinyModelFile.Path))), model.GetProperty("sha256").GetString());
        Assert.Equal("Q8_0", model.GetProperty("quantization").GetString());
        var agent = json.RootElement.GetProperty("agents")[0];
        Assert.Equal(64, agent.GetProperty("content_hash").GetString()!.Length);
        Assert.Equal(64, agent.GetProperty("knowledge_hash").GetString()!.Length);
        var markdown = await File.ReadAllTextAsync(Path.Combine(output, "report.md"));
        Assert.Contains("no judge model is configured", markdown, StringComparison.Ordinal);
        Assert.Contains("synthetic", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_without_its_crisis_lexicon_fails_the_baseline_with_the_regressions_listed()
    {
        var agents = Path.Combine(_work.FullName, "agents");
        RepositoryFiles.CopyTo(Path.Combine("agents", "child-growth"), Path.Combine(agents, "child-growth"));
        RepositoryFiles.CopyTo("safety", Path.Combine(_work.FullName, "safety"));
        RepositoryFiles.CopyTo("prompts", Path.Combine(_work.FullName, "prompts"));
        const string Cases = "cg-rt-crisis-parent|cg-rt-crisis-en-son|cg-emergency-seizure$";

        var baseline = await RunEvalAsync(agents, Path.Combine(_work.FullName, "baseline"), Cases);
        Assert.True(baseline.ExitCode == 0, baseline.Error);

        var safety = Path.Combine(agents, "child-growth", "safety.yaml");
        var policy = await File.ReadAllTextAsync(safety);
        Assert.Contains("lexicons: [crisis, pediatric-emergency]", policy, StringComparison.Ordinal);
        await File.WriteAllTextAsync(safety, policy.Replace("lexicons: [crisis, pediatric-emergency]", "lexicons: [pediatric-emergency]", StringComparison.Ordinal));

        var broken = await RunEvalAsync(agents, Path.Combine(_work.FullName, "broken"), Cases, Path.Combine(_work.FullName, "baseline", "report.json"));
        Assert.Equal(2, broken.ExitCode);
        // Both crisis cases lose their escalation and, with it, the hotline their script carried.
        Assert.Contains("4 regression(s)", broken.Error, StringComparison.Ordinal);
        Assert.Contains("child-growth/cg-rt-crisis-parent escalates: expected crisis, got none", broken.Error, StringComparison.Ordinal);
        Assert.Contains("child-growth/cg-rt-crisis-en-son escalates: expected crisis, got none", broken.Error, StringComparison.Ordinal);
        Assert.Contains("child-growth/cg-rt-crisis-parent must_include[0]: /12356/ not found", broken.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cg-emergency-seizure", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_validate_reports_a_broken_eval_case_with_file_and_line()
    {
        var agents = Path.Combine(_work.FullName, "agents");
        RepositoryFiles.CopyTo(Path.Combine("agents", "child-growth"), Path.Combine(agents, "child-growth"));
        RepositoryFiles.CopyTo("safety", Path.Combine(_work.FullName, "safety"));
        RepositoryFiles.CopyTo("prompts", Path.Combine(_work.FullName, "prompts"));
        await File.WriteAllTextAsync(Path.Combine(agents, "child-growth", "evals", "broken.yaml"), "cases:\n  - id: broken\n    turns: ['hi']\n    expect:\n      calls_tool: { name: inr_check }\n");

        var result = await CommandRunner.RunAsync(null, "agents", "validate", agents);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("child-growth/evals/broken.yaml:5: calls_tool: 'inr_check' is not one of this agent's tools", result.Error, StringComparison.Ordinal);
    }

    private static Task<CommandResult> RunEvalAsync(string agents, string output, string cases, string? baseline = null) =>
        CommandRunner.RunAsync(null, [
            "eval", "child-growth", "--agents-dir", agents, "--out", output, "--cases", cases,
            "--model", TinyModelFile.Path, "--threads", "1", "--max-tokens", "8",
            .. baseline is null ? Array.Empty<string>() : ["--baseline", baseline],
        ]);
}
