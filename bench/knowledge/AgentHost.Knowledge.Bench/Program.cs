using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AgentHost.Knowledge.Bench;

// Usage: AgentHost.Knowledge.Bench [--repo <root>] [--sizes 10000,100000] [--queries 500] [--no-dense] [--quality-only]
var options = args.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : "");
var repo = options.TryGetValue("--repo", out var r) ? r : FindRepo();
var sizes = (options.TryGetValue("--sizes", out var s) ? s : "10000,100000").Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
var queries = options.TryGetValue("--queries", out var q) ? int.Parse(q, CultureInfo.InvariantCulture) : 500;
var work = Path.Combine(Path.GetTempPath(), "agenthost-knowledge-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
try
{
    var questions = QuestionFile.Load(Path.Combine(repo, "bench", "knowledge", "questions.yaml"));
    var quality = await QualityBench.RunAsync(repo, work, questions);
    Console.WriteLine(quality);
    var latency = options.ContainsKey("--quality-only") ? null : await LatencyBench.RunAsync(repo, work, questions, sizes, queries, !options.ContainsKey("--no-dense"));

    var section = new StringBuilder();
    section.AppendLine(ResultsSection.Heading);
    section.AppendLine();
    section.AppendLine("Written by `bench/knowledge/run.sh` (AgentHost.Knowledge.Bench); do not edit by hand.");
    section.AppendLine();
    section.AppendLine(CultureInfo.InvariantCulture, $"- date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}; embedded store (SQLite {SqliteVersion()}, WAL, FTS5)");
    section.AppendLine();
    section.AppendLine("### Quality");
    section.AppendLine();
    section.Append(quality);
    if (latency is not null)
    {
        section.AppendLine();
        section.AppendLine("### Query latency (embedded store, top 5)");
        section.AppendLine();
        section.AppendLine("Generated corpora: chunks of 3–6 random sentences drawn from the agents' documents, 100 chunks per document, one collection; 20 warm-up queries, then the labelled questions cycled. The dense rows use random timing-only vectors (exact scan with TensorPrimitives over every chunk of the collection): they measure cost, not quality.");
        section.AppendLine();
        section.Append(latency);
    }

    ResultsSection.Write(Path.Combine(repo, "bench", "RESULTS.md"), section.ToString());
    Console.WriteLine("wrote the Retrieval section of bench/RESULTS.md");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

static string FindRepo()
{
    var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AgentHost.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("run inside the repository or pass --repo");
}

static string SqliteVersion()
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT sqlite_version()";
    return (string)command.ExecuteScalar()!;
}
