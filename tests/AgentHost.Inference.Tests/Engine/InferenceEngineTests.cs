using System.Text;
using AgentHost.Inference.Engine;

namespace AgentHost.Inference.Tests.Engine;

/// <summary>The engine on the real tiny model through the real libllama: batching, streaming, cancellation, limits.</summary>
[Collection(EngineCollection.Name)]
public sealed class InferenceEngineTests(EngineFixture fixture)
{
    private static readonly string[] Prompts =
    [
        "孩子两岁，身高85厘米，正常吗？",
        "What is a normal INR for a mechanical mitral valve?",
        "我最近总是睡不着，心情很差。",
        "How often should I have an echo after valve surgery?",
        "宝宝六个月体重7公斤",
        "Explain warfarin and vitamin K in simple words.",
        "青春期的孩子每年长高多少？",
        "Is shortness of breath at rest an emergency?",
    ];

    private static GenerationRequest Greedy(string prompt, int maxTokens = 24) =>
        new(prompt) { MaxTokens = maxTokens, Sampling = SamplingOptions.Greedy };

    [Fact]
    public async Task Greedy_generation_is_deterministic_and_streaming_matches_non_streaming()
    {
        using var engine = fixture.StartEngine();
        var first = await engine.CompleteAsync(Greedy(Prompts[0]));
        var second = await engine.CompleteAsync(Greedy(Prompts[0]));

        var streamed = new StringBuilder();
        var chunks = 0;
        GenerationChunk? last = null;
        await foreach (var chunk in engine.GenerateAsync(Greedy(Prompts[0])))
        {
            streamed.Append(chunk.Text);
            chunks++;
            last = chunk;
        }

        Assert.NotEmpty(first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Text, streamed.ToString());
        Assert.True(chunks > 1, "the output should arrive in several chunks");
        Assert.Equal(first.CompletionTokens, last!.CompletionTokens);
        Assert.True(first.PromptTokens > 5);
    }

    [Fact]
    public async Task Eight_concurrent_requests_each_produce_their_solo_text_with_fewer_decode_calls()
    {
        using var engine = fixture.StartEngine();
        var solo = new List<string>();
        var before = engine.GetStatistics().DecodeCalls;
        foreach (var prompt in Prompts)
        {
            solo.Add((await engine.CompleteAsync(Greedy(prompt))).Text);
        }

        var sequentialCalls = engine.GetStatistics().DecodeCalls - before;

        before = engine.GetStatistics().DecodeCalls;
        var concurrent = await Task.WhenAll(Prompts.Select(p => engine.CompleteAsync(Greedy(p))));
        var concurrentCalls = engine.GetStatistics().DecodeCalls - before;

        for (var i = 0; i < Prompts.Length; i++)
        {
            Assert.Equal(solo[i], concurrent[i].Text);
        }

        Assert.True(concurrentCalls < sequentialCalls / 2,
            $"batching should need far fewer decode calls: {concurrentCalls} concurrent vs {sequentialCalls} sequential");
    }

    [Fact]
    public async Task Cancelling_streams_frees_their_sequences_and_the_engine_keeps_serving()
    {
        using var engine = fixture.StartEngine(maxSequences: 4, maxQueued: 4);
        var baseline = (await engine.CompleteAsync(Greedy(Prompts[1]))).Text;

        for (var i = 0; i < 100; i++)
        {
            using var cts = new CancellationTokenSource();
            var received = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                var endless = Greedy(Prompts[i % Prompts.Length], 1000) with { Sampling = SamplingOptions.Greedy with { IgnoreEndOfGeneration = true } };
                await foreach (var chunk in engine.GenerateAsync(endless, cts.Token))
                {
                    if (++received == 2)
                    {
                        await cts.CancelAsync();
                    }
                }
            });
        }

        await WaitUntilAsync(() => engine.GetStatistics().ActiveSequences == 0);
        var stats = engine.GetStatistics();
        Assert.Equal(0, stats.ActiveSequences);
        Assert.Equal(0, stats.QueuedRequests);
        Assert.Equal(0, stats.ReservedContextTokens);
        // The loop may run ahead of a slow reader and finish a request before the reader cancels: every one of the
        // 100 must have ended, almost all of them by cancellation mid-way.
        Assert.Equal(0, stats.FailedRequests);
        Assert.Equal(101, stats.CancelledRequests + stats.CompletedRequests);
        Assert.True(stats.CancelledRequests >= 90, $"cancelled {stats.CancelledRequests}, completed {stats.CompletedRequests}");
        Assert.Equal(baseline, (await engine.CompleteAsync(Greedy(Prompts[1]))).Text);
    }

    [Fact]
    public async Task Abandoning_an_enumeration_frees_the_sequence()
    {
        using var engine = fixture.StartEngine(maxSequences: 1, maxQueued: 0);
        await foreach (var chunk in engine.GenerateAsync(Greedy(Prompts[2], 200)))
        {
            break;
        }

        await WaitUntilAsync(() => engine.GetStatistics().ActiveSequences == 0);
        Assert.Equal(0, engine.GetStatistics().ActiveSequences);
        var result = await engine.CompleteAsync(Greedy(Prompts[2], 8));
        Assert.InRange(result.CompletionTokens, 1, 8);
        Assert.Equal(1, engine.GetStatistics().CancelledRequests);
    }

    [Fact]
    public async Task A_full_queue_answers_busy_at_once_and_an_oversized_prompt_fails_clearly_while_others_finish()
    {
        using var engine = fixture.StartEngine(maxSequences: 1, maxQueued: 1, contextSize: 512);
        var running = engine.CompleteAsync(Greedy(Prompts[3], 64));
        var queued = engine.CompleteAsync(Greedy(Prompts[4], 8));

        var busy = Assert.Throws<EngineBusyException>(() => engine.GenerateAsync(Greedy(Prompts[5])));
        Assert.Equal("engine_busy", busy.Code);
        Assert.Equal(503, busy.StatusCode);
        Assert.True(busy.RetryAfter > TimeSpan.Zero);

        var longPrompt = string.Concat(Enumerable.Repeat("血压 blood pressure ", 400));
        var overflow = Assert.Throws<ContextOverflowException>(() => engine.GenerateAsync(Greedy(longPrompt)));
        Assert.Equal("context_length_exceeded", overflow.Code);
        Assert.Contains("512", overflow.Message, StringComparison.Ordinal);

        var first = await running;
        var second = await queued;
        Assert.True(first.CompletionTokens > 0);
        Assert.True(second.CompletionTokens > 0);
        Assert.Equal(1, engine.GetStatistics().RejectedBusy);
    }

    [Fact]
    public async Task Max_tokens_and_stop_sequences_end_generation()
    {
        using var engine = fixture.StartEngine();
        var limited = await engine.CompleteAsync(Greedy(Prompts[6], 5));
        Assert.True(limited.CompletionTokens <= 5);
        if (limited.FinishReason == FinishReason.Length)
        {
            Assert.Equal(5, limited.CompletionTokens);
        }

        var full = await engine.CompleteAsync(Greedy(Prompts[6], 40));
        var stopAt = full.Text.Length > 6 ? full.Text.Substring(3, 3) : null;
        if (stopAt is not null)
        {
            var stopped = await engine.CompleteAsync(Greedy(Prompts[6], 40) with { StopSequences = [stopAt] });
            Assert.Equal(FinishReason.Stop, stopped.FinishReason);
            Assert.Equal(full.Text[..full.Text.IndexOf(stopAt, StringComparison.Ordinal)], stopped.Text);
        }
    }

    [Fact]
    public async Task Sampling_with_a_seed_is_reproducible()
    {
        using var engine = fixture.StartEngine();
        var sampling = new SamplingOptions { Temperature = 0.9f, TopK = 50, TopP = 0.9f, MinP = 0.02f, RepeatPenalty = 1.1f, Seed = 7 };
        var a = await engine.CompleteAsync(new GenerationRequest(Prompts[7]) { MaxTokens = 16, Sampling = sampling });
        var b = await engine.CompleteAsync(new GenerationRequest(Prompts[7]) { MaxTokens = 16, Sampling = sampling });
        Assert.Equal(a.Text, b.Text);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
