using System.Diagnostics;
using AgentHost.Inference.Engine;

namespace AgentHost.Cli;

/// <summary>The measurements behind <c>agenthost bench</c>; each is the median of several runs.</summary>
internal sealed class EngineBenchmark(InferenceEngine engine, int tokens, int promptTokens, int repetitions)
{
    private static readonly SamplingOptions Sampling = SamplingOptions.Greedy with { IgnoreEndOfGeneration = true };

    public async Task<BenchResult> RunAsync(IReadOnlyList<int> levels, CancellationToken cancellationToken)
    {
        // Warm-up: the first decode allocates compute buffers.
        await engine.CompleteAsync(Request(0, 8), cancellationToken).ConfigureAwait(false);

        var promptRates = new List<double>();
        var decodeRates = new List<double>();
        for (var r = 0; r < repetitions; r++)
        {
            var prompt = await engine.CompleteAsync(Request(r + 1, 1), cancellationToken).ConfigureAwait(false);
            promptRates.Add(prompt.PromptTokens / prompt.TimeToFirstToken!.Value.TotalSeconds);

            var started = Stopwatch.GetTimestamp();
            var run = await engine.CompleteAsync(Request(r + 100, tokens), cancellationToken).ConfigureAwait(false);
            var total = Stopwatch.GetElapsedTime(started);
            decodeRates.Add((run.CompletionTokens - 1) / (total - run.TimeToFirstToken!.Value).TotalSeconds);
        }

        var aggregate = new List<AggregateResult>();
        foreach (var level in levels)
        {
            var rates = new List<double>();
            long calls = 0;
            for (var r = 0; r < repetitions; r++)
            {
                var before = engine.GetStatistics().DecodeCalls;
                var started = Stopwatch.GetTimestamp();
                var results = await Task.WhenAll(Enumerable.Range(0, level)
                    .Select(i => engine.CompleteAsync(Request(1000 + (r * level) + i, tokens), cancellationToken))).ConfigureAwait(false);
                rates.Add(results.Sum(x => x.CompletionTokens) / Stopwatch.GetElapsedTime(started).TotalSeconds);
                calls = engine.GetStatistics().DecodeCalls - before;
            }

            aggregate.Add(new AggregateResult(level, Median(rates), calls));
        }

        return new BenchResult(promptTokens, tokens, Median(promptRates), Median(decodeRates), aggregate);
    }

    /// <summary>A prompt of about promptTokens tokens, different per request so no cache helps.</summary>
    private GenerationRequest Request(int variant, int maxTokens)
    {
        var words = Enumerable.Range(0, promptTokens).Select(i => ((i * 7919) + (variant * 104729)) % 997).Select(n => $"w{n}");
        var text = string.Join(' ', words);
        var ids = engine.Model.Vocabulary.Tokenize(text, addSpecial: false);
        var prompt = engine.Model.Vocabulary.Detokenize(ids.AsSpan(0, Math.Min(ids.Length, promptTokens)));
        return new GenerationRequest(prompt) { MaxTokens = maxTokens, Sampling = Sampling };
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
