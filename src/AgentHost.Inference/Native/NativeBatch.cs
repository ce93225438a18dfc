using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>
/// A reusable <c>llama_batch</c> whose arrays live in native memory owned here, so the decode loop builds each
/// step's batch without allocating. Every token belongs to exactly one sequence.
/// </summary>
internal sealed unsafe class NativeBatch : IDisposable
{
    private readonly int* _tokens;
    private readonly int* _positions;
    private readonly int* _seqCounts;
    private readonly int** _seqIds;
    private readonly int* _seqIdStorage;
    private readonly sbyte* _logits;
    private bool _disposed;

    public NativeBatch(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _tokens = (int*)NativeMemory.Alloc((nuint)capacity, sizeof(int));
        _positions = (int*)NativeMemory.Alloc((nuint)capacity, sizeof(int));
        _seqCounts = (int*)NativeMemory.Alloc((nuint)capacity, sizeof(int));
        _seqIds = (int**)NativeMemory.Alloc((nuint)capacity, (nuint)sizeof(int*));
        _seqIdStorage = (int*)NativeMemory.Alloc((nuint)capacity, sizeof(int));
        _logits = (sbyte*)NativeMemory.Alloc((nuint)capacity, sizeof(sbyte));
        for (var i = 0; i < capacity; i++)
        {
            _seqCounts[i] = 1;
            _seqIds[i] = _seqIdStorage + i;
        }
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Adds one token; returns its index in the batch (the index its logits are read at).</summary>
    public int Add(int token, int position, int sequence, bool wantLogits)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Count >= Capacity)
        {
            throw new InvalidOperationException("The batch is full.");
        }

        var i = Count++;
        _tokens[i] = token;
        _positions[i] = position;
        _seqIdStorage[i] = sequence;
        _logits[i] = wantLogits ? (sbyte)1 : (sbyte)0;
        return i;
    }

    /// <summary>A view of the tokens [offset, offset+count) as a llama_batch (for decoding in smaller pieces).</summary>
    public LlamaBatch View(int offset, int count) => new()
    {
        n_tokens = count,
        token = _tokens + offset,
        embd = null,
        pos = _positions + offset,
        n_seq_id = _seqCounts + offset,
        seq_id = _seqIds + offset,
        logits = _logits + offset,
    };

    public LlamaBatch AsNative() => View(0, Count);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        NativeMemory.Free(_tokens);
        NativeMemory.Free(_positions);
        NativeMemory.Free(_seqCounts);
        NativeMemory.Free(_seqIds);
        NativeMemory.Free(_seqIdStorage);
        NativeMemory.Free(_logits);
    }
}
