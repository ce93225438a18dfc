using System.Diagnostics;
using System.Text;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;
using Microsoft.Data.Sqlite;

namespace AgentHost.Knowledge.Tests;

/// <summary>
/// Kills a child process (AgentHost.Knowledge.CrashProbe) while its ingestion transaction is open, then reopens the
/// database: the document must be whole in its old version, the FTS index in step, and SQLite's checks clean.
/// </summary>
public sealed class CrashDuringIngestionTests : IDisposable
{
    private const int Sentences = 3000;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Killing_the_process_mid_transaction_leaves_the_old_version_whole()
    {
        var database = Path.Combine(_temp.Path, "knowledge.db");
        var docs = Path.Combine(_temp.Path, "docs");
        _temp.Write("docs/big.md", BigDocument("alpha"));
        using (var store = Store(database))
        {
            await store.IngestDirectoryAsync(docs, "crash", CancellationToken.None);
        }

        var before = Snapshot(database);
        Assert.Equal(Sentences, before.Chunks);

        _temp.Write("docs/big.md", BigDocument("bravo"));
        var (sawWriting, output) = await RunProbeUntilWritingThenKillAsync(database, docs);

        Assert.True(sawWriting, $"the probe never reported writing; output: {output}");
        Assert.DoesNotContain("committed", output, StringComparison.Ordinal);
        var after = Snapshot(database);
        Assert.Equal("ok", after.Integrity);
        Assert.Equal(before.Chunks, after.Chunks);
        Assert.Equal(after.Chunks, after.Expected);
        Assert.Equal(after.Chunks, after.Indexed);
        Assert.Equal(Sentences, after.WithMarker("alpha"));
        Assert.Equal(0, after.WithMarker("bravo"));

        // The next run finds the stale version by its content hash and completes the update.
        using (var store = Store(database))
        {
            Assert.Equal(1, (await store.IngestDirectoryAsync(docs, "crash", CancellationToken.None)).Updated);
            var hits = await store.SearchAsync(new KnowledgeQuery("crash", "bravo 第十二条", 3), CancellationToken.None);
            Assert.Contains("bravo", hits[0].Text, StringComparison.Ordinal);
        }

        var repaired = Snapshot(database);
        Assert.Equal(Sentences, repaired.WithMarker("bravo"));
        Assert.Equal(repaired.Chunks, repaired.Indexed);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static Embedded.EmbeddedKnowledgeStore Store(string database) =>
        new(database, new DocumentPreparer(EstimatedTokenCounter.Instance, new ChunkingOptions(32, 0), null));

    private static string BigDocument(string marker)
    {
        var text = new StringBuilder($"---\nid: big\ntitle: 大文档 {marker}\n---\n# 大文档\n\n");
        for (var i = 0; i < Sentences; i++)
        {
            // One sentence of about 20 estimated tokens: one chunk each with 32-token chunks and no overlap.
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{marker} 第{i}条记录说明抗凝治疗的复查安排。\n");
        }

        return text.ToString();
    }

    private static async Task<(bool SawWriting, string Output)> RunProbeUntilWritingThenKillAsync(string database, string docs)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "AgentHost.Knowledge.CrashProbe.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { probe, database, docs, "crash" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var sawWriting = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                output.AppendLine(line);
                if (line == "writing")
                {
                    sawWriting = true;
                    process.Kill(entireProcessTree: true);
                    break;
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        output.Append(await process.StandardError.ReadToEndAsync(CancellationToken.None));
        return (sawWriting, output.ToString());
    }

    private static DatabaseSnapshot Snapshot(string database)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        string Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        // Raises an error if the FTS index disagrees with its content.
        Scalar("INSERT INTO chunks_fts (chunks_fts) VALUES ('integrity-check')");
        var markers = new Dictionary<string, long>
        {
            ["alpha"] = long.Parse(Scalar("SELECT COUNT(*) FROM chunks WHERE document_id = 'big' AND text LIKE 'alpha%'"), System.Globalization.CultureInfo.InvariantCulture),
            ["bravo"] = long.Parse(Scalar("SELECT COUNT(*) FROM chunks WHERE document_id = 'big' AND text LIKE 'bravo%'"), System.Globalization.CultureInfo.InvariantCulture),
        };
        return new DatabaseSnapshot(
            Scalar("PRAGMA integrity_check"),
            long.Parse(Scalar("SELECT COUNT(*) FROM chunks WHERE document_id = 'big'"), System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(Scalar("SELECT COALESCE(SUM(chunk_count), 0) FROM documents WHERE document_id = 'big'"), System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(Scalar("SELECT COUNT(*) FROM chunks_fts f JOIN chunks c ON c.id = f.rowid WHERE c.document_id = 'big'"), System.Globalization.CultureInfo.InvariantCulture),
            markers);
    }
}
