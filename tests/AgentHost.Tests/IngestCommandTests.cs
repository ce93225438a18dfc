namespace AgentHost.Tests;

/// <summary><c>agenthost ingest</c>: fills the embedded store, skips unchanged files, reports errors as one line.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agenthost-ingest-" + Guid.NewGuid().ToString("N"));

    public IngestCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        File.WriteAllText(Path.Combine(_root, "docs", "inr.md"), "---\nid: inr\ntitle: INR\nsource: ESC/EACTS 2021\n---\n# INR\n\n机械瓣膜患者需要定期复查 INR。\n");
        File.WriteAllText(Path.Combine(_root, "docs", "sleep.txt"), "Children aged 6 to 12 should sleep 9 to 12 hours.\n");
    }

    [Fact]
    public async Task Ingest_reports_what_it_did_and_skips_unchanged_files_the_second_time()
    {
        var db = Path.Combine(_root, "kb", "knowledge.db");

        var first = await CommandRunner.RunAsync(null, "ingest", Path.Combine(_root, "docs"), "--collection", "valve", "--db", db);
        var second = await CommandRunner.RunAsync(null, "ingest", Path.Combine(_root, "docs"), "--collection", "valve", "--db", db);

        Assert.Equal(0, first.ExitCode);
        Assert.Empty(first.Error);
        Assert.StartsWith("collection valve: 2 documents (2 added, 0 updated, 0 unchanged), 0 removed, 2 chunks written", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("collection valve: 2 documents (0 added, 0 updated, 2 unchanged), 0 removed, 0 chunks written", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task A_missing_folder_is_one_error_line_and_exit_code_1()
    {
        var result = await CommandRunner.RunAsync(null, "ingest", Path.Combine(_root, "nope"), "--collection", "valve", "--db", Path.Combine(_root, "k.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal($"error: knowledge folder not found: {Path.Combine(_root, "nope")}", result.Error.Trim());
    }

    [Fact]
    public async Task The_collection_option_is_required()
    {
        var result = await CommandRunner.RunAsync(null, "ingest", Path.Combine(_root, "docs"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--collection", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
