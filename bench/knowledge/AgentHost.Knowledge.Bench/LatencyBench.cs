using System.Diagnostics;
using System.Globalization;
using System.Text;
using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Bench;

/// <summary>
/// Query latency of the embedded store on generated corpora: chunks are random sequences of real sentences from the
/// agents' documents (so the bigram statistics are realistic), 100 chunks per document, one collection. Queries are
/// the labelled questions, cycled. Timed: the whole <c>SearchAsync</c> call (SQLite open from the pool, FTS5 BM25,
/// dense scan when vectors exist, fusion, hit loading).
/// </summary>
internal static class LatencyBench
{
    private const int ChunksPerDocument = 100;

    public static async Task<string> RunAsync(string repo, string work, List<LabelledQuestion> questions, int[] sizes, int queries, bool withDense)
    {
        var sentences = Sentences(repo);
        var rows = new StringBuilder();
        rows.AppendLine("| chunks | mode | queries | p50 (ms) | p99 (ms) | corpus build (s) | database (MB) |");
        rows.AppendLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var dense in withDense ? new[] { false, true } : [false])
            {
                var database = Path.Combine(work, $"latency-{size}-{(dense ? "dense" : "lexical")}.db");
                var embeddings = dense ? new HashedEmbeddingGenerator() : null;
                using var store = new EmbeddedKnowledgeStore(database, new DocumentPreparer(EstimatedTokenCounter.Instance, ChunkingOptions.Default, embeddings));
                var build = Stopwatch.StartNew();
                Generate(store, sentences, size, dense);
                build.Stop();

                var mode = dense ? SearchMode.Hybrid : SearchMode.Lexical;
                for (var i = 0; i < 20; i++)
                {
                    await store.SearchAsync(new KnowledgeQuery("bench", questions[i % questions.Count].Question, 5), mode, CancellationToken.None);
                }

                var times = new List<double>(queries);
                for (var i = 0; i < queries; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await store.SearchAsync(new KnowledgeQuery("bench", questions[i % questions.Count].Question, 5), mode, CancellationToken.None);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                var megabytes = Directory.EnumerateFiles(work, Path.GetFileName(database) + "*").Sum(f => new FileInfo(f).Length) / 1048576.0;
                var label = dense ? $"hybrid (lexical + exact dense, {HashedEmbeddingGenerator.Dimensions}-d timing-only vectors)" : "lexical / hybrid without embeddings";
                rows.AppendLine(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {label} | {queries} | {Percentile(times, 0.50):F2} | {Percentile(times, 0.99):F2} | {build.Elapsed.TotalSeconds:F1} | {megabytes:F0} |");
                Console.WriteLine(rows.ToString().Split('\n')[^2]);
            }
        }

        return rows.ToString();
    }

    private static void Generate(EmbeddedKnowledgeStore store, List<string> sentences, int size, bool dense)
    {
        var random = new Random(42);
        for (var d = 0; d * ChunksPerDocument < size; d++)
        {
            var chunks = new List<DocumentChunk>();
            var vectors = new List<float[]>();
            for (var c = 0; c < ChunksPerDocument && (d * ChunksPerDocument) + c < size; c++)
            {
                var text = new StringBuilder();
                var count = random.Next(3, 7);
                for (var s = 0; s < count; s++)
                {
                    text.Append(sentences[random.Next(sentences.Count)]);
                }

                chunks.Add(new DocumentChunk(c, $"第{c % 7}节", text.ToString(), EstimatedTokenCounter.Instance.CountTokens(text.ToString())));
                if (dense)
                {
                    var vector = HashedEmbeddingGenerator.Vector(text.ToString());
                    System.Numerics.Tensors.TensorPrimitives.Divide(vector, System.Numerics.Tensors.TensorPrimitives.Norm(vector), vector);
                    vectors.Add(vector);
                }
            }

            var document = new SourceDocument($"doc-{d}", $"合成文档 {d}", "generated", null, "zh", null, d.ToString(CultureInfo.InvariantCulture), []);
            store.WriteDocument("bench", new PreparedDocument(document, chunks, dense ? vectors : null, "generated"));
        }
    }

    private static List<string> Sentences(string repo)
    {
        var sentences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, "agents"), "*.md", SearchOption.AllDirectories).Where(f => f.Contains("/knowledge/", StringComparison.Ordinal)))
        {
            var document = DocumentReader.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            foreach (var section in document.Sections)
            {
                sentences.AddRange(section.Text.Split(['。', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s + "。"));
            }
        }

        return sentences;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
