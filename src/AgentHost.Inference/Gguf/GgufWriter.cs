using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// Writes a GGUF v3 file: metadata of every type, then tensors in F32, F16 or Q8_0 whose values come from a
/// <see cref="GgufTensorRowSource"/>. Tensor data is produced, encoded and written a chunk of rows at a time, so
/// writing a billion-parameter model needs tens of megabytes, not gigabytes.
/// </summary>
public sealed class GgufWriter
{
    /// <summary>The GGUF version written.</summary>
    public const uint Version = 3;

    /// <summary>Values generated per chunk: 4 MiB of floats.</summary>
    private const int ChunkElements = 1 << 20;

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<KeyValuePair<string, GgufValue>> _metadata = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<(GgufTensorInfo Info, GgufTensorRowSource Rows)> _tensors = [];
    private readonly HashSet<string> _tensorNames = new(StringComparer.Ordinal);
    private long _dataSize;

    /// <param name="alignment">Alignment of tensor data, a power of two; written as <c>general.alignment</c> when not 32.</param>
    public GgufWriter(uint alignment = GgufReader.DefaultAlignment)
    {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "The alignment must be a power of two.");
        }

        Alignment = alignment;
        if (alignment != GgufReader.DefaultAlignment)
        {
            AddMetadata(GgufKeys.Alignment, GgufValue.From(alignment));
        }
    }

    public uint Alignment { get; }

    /// <summary>The tensors added so far, with the offsets they will have.</summary>
    public IReadOnlyList<GgufTensorInfo> Tensors => _tensors.ConvertAll(t => t.Info);

    /// <summary>Adds a metadata entry; entries are written in the order added.</summary>
    public void AddMetadata(string key, GgufValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key == GgufKeys.Alignment && (value.Type != GgufValueType.UInt32 || value.Get<uint>() != Alignment))
        {
            throw new ArgumentException($"'{GgufKeys.Alignment}' is set by the writer's alignment ({Alignment}).", nameof(key));
        }

        if (!_keys.Add(key))
        {
            throw new ArgumentException($"The metadata key '{key}' was already added.", nameof(key));
        }

        _metadata.Add(new(key, value));
    }

    /// <summary>Adds a tensor; its data is produced by <paramref name="rows"/> when the file is written.</summary>
    /// <param name="name">The tensor name, e.g. <c>blk.0.attn_qkv.weight</c>.</param>
    /// <param name="type">F32, F16 or Q8_0.</param>
    /// <param name="shape">ggml order: <c>shape[0]</c> is the row length and must be a whole number of blocks.</param>
    /// <param name="rows">Produces the values row by row.</param>
    public GgufTensorInfo AddTensor(string name, GgmlType type, IReadOnlyList<long> shape, GgufTensorRowSource rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!GgmlQuantization.CanEncode(type))
        {
            throw new ArgumentException($"Tensor '{name}': the writer encodes F32, F16 and Q8_0, not {type}.", nameof(type));
        }

        var info = new GgufTensorInfo(name, shape, type, _dataSize);
        if (info.Shape[0] == 0 || info.Shape[0] > ChunkElements)
        {
            throw new ArgumentException($"Tensor '{name}': rows of {info.Shape[0]} values are not supported (1 to {ChunkElements}).", nameof(shape));
        }

        if (!_tensorNames.Add(name))
        {
            throw new ArgumentException($"The tensor '{name}' was already added.", nameof(name));
        }

        _tensors.Add((info, rows));
        _dataSize += AlignUp(info.ByteSize);
        return info;
    }

    /// <summary>Writes the file to <paramref name="path"/> through a temporary file, so a cancelled or failed write
    /// never leaves a half-written model under that name.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await WriteAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes the file to <paramref name="destination"/>, which is left open.</summary>
    public async Task WriteAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(BuildHeader(), cancellationToken).ConfigureAwait(false);

        var pool = ArrayPool<byte>.Shared;
        foreach (var (info, rows) in _tensors)
        {
            await WriteTensorDataAsync(destination, info, rows, cancellationToken).ConfigureAwait(false);
            var padding = (int)(AlignUp(info.ByteSize) - info.ByteSize);
            if (padding > 0)
            {
                var zeros = pool.Rent(padding);
                Array.Clear(zeros, 0, padding);
                await destination.WriteAsync(zeros.AsMemory(0, padding), cancellationToken).ConfigureAwait(false);
                pool.Return(zeros);
            }
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private byte[] BuildHeader()
    {
        using var header = new MemoryStream();
        WriteBytes(header, "GGUF"u8);
        WriteUInt32(header, Version);
        WriteUInt64(header, (ulong)_tensors.Count);
        WriteUInt64(header, (ulong)_metadata.Count);
        foreach (var (key, value) in _metadata)
        {
            WriteString(header, key);
            WriteUInt32(header, (uint)value.Type);
            WriteValue(header, value.Type, value.Raw);
        }

        foreach (var (info, _) in _tensors)
        {
            WriteString(header, info.Name);
            WriteUInt32(header, (uint)info.Shape.Count);
            foreach (var dimension in info.Shape)
            {
                WriteUInt64(header, (ulong)dimension);
            }

            WriteUInt32(header, (uint)info.Type);
            WriteUInt64(header, (ulong)info.Offset);
        }

        if (_tensors.Count > 0)
        {
            header.SetLength(AlignUp(header.Length));
        }

        return header.ToArray();
    }

    private static async Task WriteTensorDataAsync(Stream destination, GgufTensorInfo info, GgufTensorRowSource rows, CancellationToken cancellationToken)
    {
        var rowLength = (int)info.Shape[0];
        var rowBytes = (int)GgmlTypeTraits.GetByteSize(info.Type, rowLength);
        var rowCount = info.ElementCount / rowLength;
        var rowsPerChunk = (int)Math.Min(rowCount, Math.Max(1, ChunkElements / rowLength));
        if (rowsPerChunk == 0)
        {
            return;
        }

        var values = ArrayPool<float>.Shared.Rent(rowsPerChunk * rowLength);
        var encoded = ArrayPool<byte>.Shared.Rent(rowsPerChunk * rowBytes);
        try
        {
            for (var first = 0L; first < rowCount; first += rowsPerChunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = (int)Math.Min(rowsPerChunk, rowCount - first);
                var firstRow = first;

                // Rows are independent, so the chunk is filled and encoded in parallel; the bytes do not depend on it.
                Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, r =>
                {
                    var row = values.AsSpan(r * rowLength, rowLength);
                    rows(firstRow + r, row);
                    GgmlQuantization.Encode(info.Type, row, encoded.AsSpan(r * rowBytes, rowBytes));
                });

                await destination.WriteAsync(encoded.AsMemory(0, count * rowBytes), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(values);
            ArrayPool<byte>.Shared.Return(encoded);
        }
    }

    private static void WriteValue(MemoryStream output, GgufValueType type, object value)
    {
        switch (type)
        {
            case GgufValueType.String:
                WriteString(output, (string)value);
                break;
            case GgufValueType.Array:
                var array = (GgufArray)value;
                WriteUInt32(output, (uint)array.ElementType);
                var items = array.GetItemsForWriting();
                WriteUInt64(output, (ulong)items.LongLength);
                WriteItems(output, array.ElementType, items);

                break;
            default:
                WriteScalar(output, value);
                break;
        }
    }

    private static void WriteItems(MemoryStream output, GgufValueType elementType, Array items)
    {
        // GGUF is little-endian like every host .NET runs AgentHost on, so fixed-size items are written as they lie in memory.
        switch (items)
        {
            case byte[] a:
                output.Write(a);
                return;
            case sbyte[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case ushort[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case short[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case uint[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case int[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case float[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case ulong[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case long[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            case double[] a:
                output.Write(MemoryMarshal.AsBytes(a.AsSpan()));
                return;
            default:
                foreach (var item in items)
                {
                    WriteValue(output, elementType, item!);
                }

                return;
        }
    }

    private static void WriteScalar(MemoryStream output, object value)
    {
        Span<byte> bytes = stackalloc byte[8];
        int length;
        switch (value)
        {
            case byte v:
                bytes[0] = v;
                length = 1;
                break;
            case sbyte v:
                bytes[0] = (byte)v;
                length = 1;
                break;
            case bool v:
                bytes[0] = v ? (byte)1 : (byte)0;
                length = 1;
                break;
            case ushort v:
                BinaryPrimitives.WriteUInt16LittleEndian(bytes, v);
                length = 2;
                break;
            case short v:
                BinaryPrimitives.WriteInt16LittleEndian(bytes, v);
                length = 2;
                break;
            case uint v:
                BinaryPrimitives.WriteUInt32LittleEndian(bytes, v);
                length = 4;
                break;
            case int v:
                BinaryPrimitives.WriteInt32LittleEndian(bytes, v);
                length = 4;
                break;
            case float v:
                BinaryPrimitives.WriteSingleLittleEndian(bytes, v);
                length = 4;
                break;
            case ulong v:
                BinaryPrimitives.WriteUInt64LittleEndian(bytes, v);
                length = 8;
                break;
            case long v:
                BinaryPrimitives.WriteInt64LittleEndian(bytes, v);
                length = 8;
                break;
            case double v:
                BinaryPrimitives.WriteDoubleLittleEndian(bytes, v);
                length = 8;
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} is not a GGUF scalar.", nameof(value));
        }

        output.Write(bytes[..length]);
    }

    private static void WriteString(MemoryStream output, string value)
    {
        var length = _utf8.GetByteCount(value);
        WriteUInt64(output, (ulong)length);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        _utf8.GetBytes(value, bytes);
        output.Write(bytes, 0, length);
        ArrayPool<byte>.Shared.Return(bytes);
    }

    private static void WriteBytes(MemoryStream output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void WriteUInt32(MemoryStream output, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
    }

    private static void WriteUInt64(MemoryStream output, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        output.Write(bytes);
    }

    private long AlignUp(long value) => (value + Alignment - 1) / Alignment * Alignment;
}
