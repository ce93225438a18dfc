using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text;
using AgentHost.Inference.Native;
using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Engine;

/// <summary>
/// Serves many concurrent generation requests from one loaded model: one llama context with a sequence per
/// request, one decode loop batching them all, a bounded admission queue that answers "busy" at once when full.
/// </summary>
public sealed class InferenceEngine : IDisposable
{
    private readonly SafeLlamaContextHandle _context;
    private readonly DecodeLoop _loop;
    private readonly EngineMetrics _metrics;
    private readonly int _maxQueued;
    private bool _disposed;

    private InferenceEngine(LlamaModel model, SafeLlamaContextHandle context, InferenceOptions options, ILogger logger, IMeterFactory? meters)
    {
        Model = model;
        _context = context;
        _maxQueued = options.MaxQueuedRequests;
        ContextTokensPerSequence = (int)LlamaNative.llama_n_ctx_seq(context);
        DecodeLoop? loop = null;
        _metrics = new EngineMetrics(meters, () => loop?.QueuedCount ?? 0, () => loop?.ActiveCount ?? 0, model.Info.Name);
        loop = new DecodeLoop(context, model.Vocabulary, _metrics, logger);
        _loop = loop;
    }

    /// <summary>The OpenTelemetry meter the engine reports on (token counts and timings, never content).</summary>
    public const string MeterName = EngineMetrics.MeterName;

    public LlamaModel Model { get; }

    /// <summary>The most tokens (prompt + generated) one request can hold.</summary>
    public int ContextTokensPerSequence { get; }

    public int MaxSequences => _loop.MaxSequences;

    /// <summary>Creates the llama context for <paramref name="model"/> and starts the decode loop.</summary>
    public static InferenceEngine Start(LlamaModel model, InferenceOptions options, ILogger logger, IMeterFactory? meters = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        var parameters = LlamaNative.llama_context_default_params();
        parameters.n_ctx = (uint)options.ContextSize;
        parameters.n_batch = (uint)options.BatchSize;
        parameters.n_ubatch = (uint)Math.Min(options.BatchSize, 512);
        parameters.n_seq_max = (uint)options.MaxSequences;
        parameters.n_threads = threads;
        parameters.n_threads_batch = options.BatchThreads > 0 ? options.BatchThreads : threads;
        parameters.kv_unified = 1;
        parameters.no_perf = 1;

        var raw = LlamaNative.llama_init_from_model(model.Handle, parameters);
        if (raw == 0)
        {
            throw new ModelLoadException("context_create_failed",
                $"llama.cpp could not create a context of {options.ContextSize} tokens for {options.MaxSequences} sequences (not enough memory, or the model does not support it).");
        }

        var context = new SafeLlamaContextHandle(raw, model.Handle);
        EngineLog.Started(logger, model.Info.Name, options.ContextSize, options.MaxSequences, options.BatchSize, threads);
        if (model.Info.IsDemo)
        {
            EngineLog.DemoModel(logger, model.Info.Path);
        }

        return new InferenceEngine(model, context, options, logger, meters);
    }

    /// <summary>
    /// Submits a request and streams its output. Validation and admission happen now: a prompt too long for the
    /// context throws <see cref="ContextOverflowException"/>, a full queue throws <see cref="EngineBusyException"/>,
    /// before anything is enumerated. Cancelling the token (or abandoning the enumeration) frees the sequence at the
    /// next decode step.
    /// </summary>
    public IAsyncEnumerable<GenerationChunk> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxTokens, 1, nameof(request));

        var tokens = Model.Vocabulary.Tokenize(request.Prompt, addSpecial: true, parseSpecial: true);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("The prompt is empty.", nameof(request));
        }

        if (tokens.Length >= ContextTokensPerSequence)
        {
            throw new ContextOverflowException(tokens.Length, ContextTokensPerSequence);
        }

        if (!_loop.TryTakePlace(_maxQueued))
        {
            _metrics.RejectedOne();
            throw new EngineBusyException(TimeSpan.FromSeconds(2));
        }

        var maxTokens = Math.Min(request.MaxTokens, ContextTokensPerSequence - tokens.Length);
        var pending = new PendingGeneration(request, tokens, maxTokens);
        _loop.Enqueue(pending);
        return ReadAsync(pending, cancellationToken);
    }

    /// <summary>Generates to the end and returns the whole text with its finish reason and token counts.</summary>
    public async Task<GenerationResult> CompleteAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        GenerationChunk? last = null;
        await foreach (var chunk in GenerateAsync(request, cancellationToken).ConfigureAwait(false))
        {
            text.Append(chunk.Text);
            last = chunk;
        }

        return new GenerationResult(text.ToString(), last!.FinishReason!.Value, last.PromptTokens, last.CompletionTokens, last.TimeToFirstToken);
    }

    public EngineStatistics GetStatistics() => new()
    {
        QueuedRequests = _loop.QueuedCount,
        ActiveSequences = _loop.ActiveCount,
        MaxSequences = _loop.MaxSequences,
        DecodeCalls = _metrics.DecodeCalls,
        PromptTokens = _metrics.PromptTokens,
        GeneratedTokens = _metrics.GeneratedTokens,
        CompletedRequests = _metrics.Completed,
        CancelledRequests = _metrics.Cancelled,
        FailedRequests = _metrics.Failed,
        RejectedBusy = _metrics.Rejected,
        ReservedContextTokens = _loop.ReservedCells,
    };

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _loop.Dispose();
        _context.Dispose();
        _metrics.Dispose();
    }

    private async IAsyncEnumerable<GenerationChunk> ReadAsync(PendingGeneration pending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var finished = false;
        using var registration = cancellationToken.Register(() =>
        {
            pending.Cancel();
            _loop.Wake();
        });
        try
        {
            var reader = pending.Output.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var chunk))
                {
                    finished = chunk.IsFinal;
                    yield return chunk;
                }
            }
        }
        finally
        {
            if (!finished)
            {
                pending.Cancel();
                _loop.Wake();
            }
        }
    }
}
