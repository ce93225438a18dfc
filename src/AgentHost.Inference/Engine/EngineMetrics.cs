using System.Diagnostics;
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
    private readonly Histogram<double> _genAiTimeToFirstToken;
    private readonly Histogram<double> _genAiTimePerOutputToken;
    private readonly Histogram<double> _genAiRequestDuration;
    private readonly Histogram<long> _genAiTokenUsage;
    private readonly TagList _genAiTags;
    private readonly TagList _inputTags;
    private readonly TagList _outputTags;
    private long _decodeCalls;
    private long _promptTotal;
    private long _generatedTotal;
    private long _completed;
    private long _cancelled;
    private long _failed;
    private long _rejected;

    public EngineMetrics(IMeterFactory? factory, Func<int> queued, Func<int> active, string modelName = "unknown")
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);

        // OpenTelemetry GenAI semantic conventions (gen_ai.*): timings and token counts, never content.
        _genAiTags = new TagList { { "gen_ai.operation.name", "chat" }, { "gen_ai.provider.name", "llama.cpp" }, { "gen_ai.request.model", modelName } };
        _inputTags = new TagList { { "gen_ai.operation.name", "chat" }, { "gen_ai.provider.name", "llama.cpp" }, { "gen_ai.request.model", modelName }, { "gen_ai.token.type", "input" } };
        _outputTags = new TagList { { "gen_ai.operation.name", "chat" }, { "gen_ai.provider.name", "llama.cpp" }, { "gen_ai.request.model", modelName }, { "gen_ai.token.type", "output" } };
        _genAiTimeToFirstToken = _meter.CreateHistogram<double>("gen_ai.server.time_to_first_token", "s", "Time to generate the first token of a request");
        _genAiTimePerOutputToken = _meter.CreateHistogram<double>("gen_ai.server.time_per_output_token", "s", "Time per output token after the first");
        _genAiRequestDuration = _meter.CreateHistogram<double>("gen_ai.server.request.duration", "s", "Time from submission to the end of a request");
        _genAiTokenUsage = _meter.CreateHistogram<long>("gen_ai.client.token.usage", "{token}", "Input and output tokens of a request");
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

    public void FirstToken(TimeSpan elapsed)
    {
        _timeToFirstToken.Record(elapsed.TotalSeconds);
        _genAiTimeToFirstToken.Record(elapsed.TotalSeconds, _genAiTags);
    }

    public void Finished(int promptTokens, int generated, TimeSpan generating, TimeSpan total)
    {
        Interlocked.Increment(ref _completed);
        _genAiRequestDuration.Record(total.TotalSeconds, _genAiTags);
        _genAiTokenUsage.Record(promptTokens, _inputTags);
        _genAiTokenUsage.Record(generated, _outputTags);
        if (generated > 1 && generating > TimeSpan.Zero)
        {
            _tokensPerSecond.Record(generated / generating.TotalSeconds);
            _genAiTimePerOutputToken.Record(generating.TotalSeconds / (generated - 1), _genAiTags);
        }
    }

    public void CancelledOne() => Interlocked.Increment(ref _cancelled);

    public void FailedOne() => Interlocked.Increment(ref _failed);

    public void RejectedOne() => Interlocked.Increment(ref _rejected);

    public void Dispose() => _meter.Dispose();
}
