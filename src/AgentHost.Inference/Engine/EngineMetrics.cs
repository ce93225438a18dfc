using System.Diagnostics.Metrics;

namespace AgentHost.Inference.Engine;

/// <summary>
/// The engine's OpenTelemetry instruments (meter <c>AgentHost.Inference</c>) and the counters behind
/// <see cref="EngineStatistics"/>. Token counts and timings only; never content.
/// </summary>
internal sealed class EngineMetrics : IDisposable
{
    public const string MeterName = "AgentHost.Inference";

    private readonly Meter _meter;
    private readonly Counter<long> _promptTokens;
    private readonly Counter<long> _generatedTokens;
    private readonly Histogram<double> _timeToFirstToken;
    private readonly Histogram<double> _tokensPerSecond;
    private long _decodeCalls;
    private long _promptTotal;
    private long _generatedTotal;
    private long _completed;
    private long _cancelled;
    private long _failed;
    private long _rejected;

    public EngineMetrics(IMeterFactory? factory, Func<int> queued, Func<int> active)
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _promptTokens = _meter.CreateCounter<long>("agenthost.inference.prompt_tokens", "{token}", "Prompt tokens decoded");
        _generatedTokens = _meter.CreateCounter<long>("agenthost.inference.generated_tokens", "{token}", "Tokens generated");
        _timeToFirstToken = _meter.CreateHistogram<double>("agenthost.inference.time_to_first_token", "s", "Time from submission to the first generated token");
        _tokensPerSecond = _meter.CreateHistogram<double>("agenthost.inference.tokens_per_second", "{token}/s", "Generation speed of a finished request");
        _meter.CreateObservableGauge("agenthost.inference.queue_depth", queued, "{request}", "Requests waiting for a sequence");
        _meter.CreateObservableGauge("agenthost.inference.active_sequences", active, "{sequence}", "Requests generating");
        _meter.CreateObservableCounter("agenthost.inference.decode_calls", () => Interlocked.Read(ref _decodeCalls), "{call}", "llama_decode calls");
    }

    public long DecodeCalls => Interlocked.Read(ref _decodeCalls);

    public long PromptTokens => Interlocked.Read(ref _promptTotal);

    public long GeneratedTokens => Interlocked.Read(ref _generatedTotal);

    public long Completed => Interlocked.Read(ref _completed);

    public long Cancelled => Interlocked.Read(ref _cancelled);

    public long Failed => Interlocked.Read(ref _failed);

    public long Rejected => Interlocked.Read(ref _rejected);

    public void Decoded(int promptTokens)
    {
        Interlocked.Increment(ref _decodeCalls);
        if (promptTokens > 0)
        {
            Interlocked.Add(ref _promptTotal, promptTokens);
            _promptTokens.Add(promptTokens);
        }
    }

    public void Generated()
    {
        Interlocked.Increment(ref _generatedTotal);
        _generatedTokens.Add(1);
    }

    public void FirstToken(TimeSpan elapsed) => _timeToFirstToken.Record(elapsed.TotalSeconds);

    public void Finished(int generated, TimeSpan generating)
    {
        Interlocked.Increment(ref _completed);
        if (generated > 1 && generating > TimeSpan.Zero)
        {
            _tokensPerSecond.Record(generated / generating.TotalSeconds);
        }
    }

    public void CancelledOne() => Interlocked.Increment(ref _cancelled);

    public void FailedOne() => Interlocked.Increment(ref _failed);

    public void RejectedOne() => Interlocked.Increment(ref _rejected);

    public void Dispose() => _meter.Dispose();
}
