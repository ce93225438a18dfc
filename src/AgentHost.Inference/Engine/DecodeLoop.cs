using System.Collections.Concurrent;
using System.Diagnostics;
using System.Numerics.Tensors;
using AgentHost.Inference.Native;
using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Engine;

/// <summary>
/// The one decode loop of a loaded model, on its own thread. Each step builds ONE batch holding the next token of
/// every generating sequence plus prompt chunks of newly admitted requests, calls llama_decode once, then samples
/// every sequence with its own sampler chain. A request is admitted only when a sequence is free and its whole
/// context (prompt + max tokens) fits the KV cells still unreserved, so one request can never exhaust the cache
/// under another.
/// </summary>
internal sealed unsafe class DecodeLoop : IDisposable
{
    private readonly SafeLlamaContextHandle _context;
    private readonly LlamaVocabulary _vocabulary;
    private readonly EngineMetrics _metrics;
    private readonly ILogger _logger;
    private readonly NativeBatch _batch;
    private readonly nint _memory;
    private readonly ConcurrentQueue<PendingGeneration> _pending = new();
    private readonly List<ActiveSequence> _active = [];
    private readonly Stack<int> _freeSequences = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly Thread _thread;
    private readonly byte[] _piece = new byte[256];
    private readonly int _contextCells;
    private volatile bool _stopping;
    private int _reserved;
    private int _activeCount;
    private int _outstanding;

    public DecodeLoop(SafeLlamaContextHandle context, LlamaVocabulary vocabulary, EngineMetrics metrics, ILogger logger)
    {
        _context = context;
        _vocabulary = vocabulary;
        _metrics = metrics;
        _logger = logger;
        _memory = LlamaNative.llama_get_memory(context);
        _contextCells = (int)LlamaNative.llama_n_ctx(context);
        BatchCapacity = (int)LlamaNative.llama_n_batch(context);
        MaxSequences = (int)LlamaNative.llama_n_seq_max(context);
        _batch = new NativeBatch(BatchCapacity);
        for (var s = MaxSequences - 1; s >= 0; s--)
        {
            _freeSequences.Push(s);
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "AgentHost decode loop" };
        _thread.Start();
    }

    public int BatchCapacity { get; }

    public int MaxSequences { get; }

    public int QueuedCount => _pending.Count;

    public int ActiveCount => Volatile.Read(ref _activeCount);

    public int ReservedCells => Volatile.Read(ref _reserved);

    /// <summary>
    /// Takes a place for one more request if the sequences and the queue have room; false means busy. Each taken
    /// place is given back when its request ends, however it ends.
    /// </summary>
    public bool TryTakePlace(int maxQueued)
    {
        var limit = MaxSequences + maxQueued;
        while (true)
        {
            var current = Volatile.Read(ref _outstanding);
            if (current >= limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _outstanding, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Enqueue(PendingGeneration pending)
    {
        _pending.Enqueue(pending);
        _wake.Set();
    }

    public void Wake() => _wake.Set();

    public void Dispose()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join();
        _batch.Dispose();
        _wake.Dispose();
    }

    private void Run()
    {
        while (!_stopping)
        {
            try
            {
                RetireCancelled();
                Admit();
                if (_active.Count == 0)
                {
                    _wake.WaitOne();
                    continue;
                }

                Step();
            }
#pragma warning disable CA1031 // The loop serves every request: one failure must not stop it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                EngineLog.LoopFailed(_logger, ex);
                foreach (var sequence in _active.ToArray())
                {
                    Fail(sequence, new GenerationFailedException("generation_failed", "The inference engine hit an internal error while generating."));
                }
            }
        }

        foreach (var sequence in _active.ToArray())
        {
            Fail(sequence, new GenerationFailedException("engine_stopped", "The inference engine stopped."));
        }

        while (_pending.TryDequeue(out var pending))
        {
            pending.Output.Writer.TryComplete(new GenerationFailedException("engine_stopped", "The inference engine stopped."));
            Interlocked.Decrement(ref _outstanding);
        }
    }

    private void RetireCancelled()
    {
        for (var i = _active.Count - 1; i >= 0; i--)
        {
            var sequence = _active[i];
            if (sequence.Pending.IsCancelled)
            {
                _metrics.CancelledOne();
                Release(sequence);
                sequence.Pending.Output.Writer.TryComplete();
            }
        }
    }

    private void Admit()
    {
        while (_freeSequences.Count > 0 && _pending.TryPeek(out var next))
        {
            if (next.IsCancelled)
            {
                _pending.TryDequeue(out _);
                _metrics.CancelledOne();
                next.Output.Writer.TryComplete();
                Interlocked.Decrement(ref _outstanding);
                continue;
            }

            if (_reserved + next.ContextReservation > _contextCells)
            {
                return; // Head of line waits until finished requests give their cells back.
            }

            _pending.TryDequeue(out _);
            var sampler = SamplerChainFactory.Create(next.Request.Sampling, _vocabulary, next.Request.Grammar);
            var sampling = next.Request.Sampling;
            var sequence = new ActiveSequence(_freeSequences.Pop(), next, sampler)
            {
                IsPlainGreedy = sampling.IsGreedy && sampling.RepeatPenalty == 1.0f && next.Request.Grammar is null,
            };
            LlamaNative.llama_memory_seq_rm(_memory, sequence.SequenceId, -1, -1);
            _reserved += next.ContextReservation;
            _active.Add(sequence);
            Volatile.Write(ref _activeCount, _active.Count);
        }
    }

    private void Step()
    {
        _batch.Clear();
        foreach (var sequence in _active)
        {
            sequence.BatchIndex = -1;
            sequence.PromptFedThisStep = 0;
            if (!sequence.IsPrompting)
            {
                sequence.BatchIndex = _batch.Add(sequence.NextToken, sequence.Position, sequence.SequenceId, wantLogits: true);
                sequence.Position++;
            }
        }

        var promptFed = 0;
        foreach (var sequence in _active)
        {
            var room = _batch.Capacity - _batch.Count;
            if (!sequence.IsPrompting || room == 0)
            {
                continue;
            }

            var prompt = sequence.Pending.PromptTokens;
            var take = Math.Min(room, prompt.Length - sequence.PromptDone);
            for (var k = 0; k < take; k++)
            {
                var last = sequence.PromptDone + k == prompt.Length - 1;
                var index = _batch.Add(prompt[sequence.PromptDone + k], sequence.Position, sequence.SequenceId, wantLogits: last);
                sequence.Position++;
                if (last)
                {
                    sequence.BatchIndex = index;
                }
            }

            sequence.PromptDone += take;
            sequence.PromptFedThisStep = take;
            promptFed += take;
        }

        var result = LlamaNative.llama_decode(_context, _batch.AsNative());
        _metrics.Decoded(promptFed);
        if (result != 0)
        {
            RecoverFromDecodeFailure(result);
            return;
        }

        // Backwards by index: a sequence that finishes removes itself from the list, with no copy per step.
        for (var i = _active.Count - 1; i >= 0; i--)
        {
            if (_active[i].BatchIndex >= 0)
            {
                SampleNext(_active[i]);
            }
        }
    }

    private void SampleNext(ActiveSequence sequence)
    {
        var token = sequence.IsPlainGreedy
            ? ArgMax(sequence)
            : LlamaNative.llama_sampler_sample(sequence.Sampler, _context, sequence.BatchIndex);
        var now = Stopwatch.GetTimestamp();
        if (sequence.FirstTokenAt is null)
        {
            sequence.FirstTokenAt = now;
            _metrics.FirstToken(Stopwatch.GetElapsedTime(sequence.Pending.SubmittedAt, now));
        }

        if (_vocabulary.IsEndOfGeneration(token))
        {
            Finish(sequence, FinishReason.Stop, sequence.Stops.Flush());
            return;
        }

        sequence.Generated++;
        _metrics.Generated();
        var length = _vocabulary.TokenToPiece(token, _piece);
        var text = sequence.DecodePiece(length > 0 ? _piece.AsSpan(0, length) : []);
        var visible = sequence.Stops.Push(text, out var stopped);
        if (stopped)
        {
            Finish(sequence, FinishReason.Stop, visible);
            return;
        }

        if (sequence.Generated >= sequence.Pending.MaxTokens)
        {
            Finish(sequence, FinishReason.Length, visible + sequence.Stops.Flush());
            return;
        }

        if (visible.Length > 0)
        {
            sequence.Pending.Output.Writer.TryWrite(new GenerationChunk(visible));
        }

        sequence.NextToken = token;
    }

    private int ArgMax(ActiveSequence sequence)
    {
        var logits = new Span<float>(LlamaNative.llama_get_logits_ith(_context, sequence.BatchIndex), _vocabulary.Count);
        if (sequence.Pending.Request.Sampling.IgnoreEndOfGeneration)
        {
            foreach (var token in _vocabulary.EndOfGenerationTokens)
            {
                logits[token] = float.NegativeInfinity;
            }
        }

        return TensorPrimitives.IndexOfMax(logits);
    }

    private void RecoverFromDecodeFailure(int result)
    {
        EngineLog.DecodeFailed(_logger, result, _batch.Count);

        // The tokens of this batch were not decoded: take the generating sequences back one position and fail the
        // sequences whose prompt was in the batch (the newest work), which frees their cells for the others.
        var prompting = _active.Where(s => s.PromptFedThisStep > 0).ToArray();
        foreach (var sequence in _active)
        {
            if (sequence.PromptFedThisStep == 0)
            {
                sequence.Position--;
            }
        }

        var victims = prompting.Length > 0 ? prompting : [_active.MaxBy(s => s.Position)!];
        foreach (var victim in victims)
        {
            Fail(victim, new GenerationFailedException("context_exhausted", "The model's context memory is full; the request could not be processed."));
        }
    }

    private void Finish(ActiveSequence sequence, FinishReason reason, string lastText)
    {
        var pending = sequence.Pending;
        var firstTokenAt = sequence.FirstTokenAt ?? Stopwatch.GetTimestamp();
        _metrics.Finished(pending.PromptTokens.Length, sequence.Generated, Stopwatch.GetElapsedTime(firstTokenAt), Stopwatch.GetElapsedTime(pending.SubmittedAt));
        pending.Output.Writer.TryWrite(new GenerationChunk(lastText)
        {
            FinishReason = reason,
            PromptTokens = pending.PromptTokens.Length,
            CompletionTokens = sequence.Generated,
            TimeToFirstToken = Stopwatch.GetElapsedTime(pending.SubmittedAt, firstTokenAt),
        });
        Release(sequence);
        pending.Output.Writer.TryComplete();
    }

    private void Fail(ActiveSequence sequence, Exception error)
    {
        _metrics.FailedOne();
        Release(sequence);
        sequence.Pending.Output.Writer.TryComplete(error);
    }

    private void Release(ActiveSequence sequence)
    {
        LlamaNative.llama_memory_seq_rm(_memory, sequence.SequenceId, -1, -1);
        _active.Remove(sequence);
        Volatile.Write(ref _activeCount, _active.Count);
        _reserved -= sequence.Pending.ContextReservation;
        _freeSequences.Push(sequence.SequenceId);
        sequence.Dispose();
        Interlocked.Decrement(ref _outstanding);
    }
}
