using System.Runtime.InteropServices;

namespace AgentHost.Inference.Gguf;

/// <summary>Reads metadata values (scalars, strings, arrays of any depth) from a <see cref="GgufByteReader"/>.</summary>
internal static class GgufValueParser
{
    /// <summary>Arrays with more items than this stay in the file (see <see cref="GgufArray"/>).</summary>
    public const int InMemoryArrayLimit = 1024;

    /// <summary>Nesting deeper than this is not GGUF that any tool writes, and would only exhaust the stack.</summary>
    private const int MaxArrayDepth = 8;

    public static GgufValueType ReadType(GgufByteReader reader)
    {
        var raw = reader.ReadUInt32();
        var type = (GgufValueType)raw;
        return GgufTypeMap.IsDefined(type) ? type : throw reader.Invalid($"{reader.Context} has the unknown value type {raw}");
    }

    public static GgufValue ReadValue(GgufByteReader reader, GgufValueType type, string path, string key) =>
        type == GgufValueType.Array
            ? GgufValue.From(ReadArray(reader, path, key, depth: 1))
            : GgufValue.FromObject(type, ReadScalar(reader, type));

    public static Array ReadItems(GgufByteReader reader, GgufValueType elementType, long count, int depth)
    {
        if (count > Array.MaxLength)
        {
            throw reader.Invalid($"{reader.Context} has more than {Array.MaxLength} items");
        }

        var items = GgufTypeMap.NewArray(elementType, (int)count);
        var fixedSize = GgufTypeMap.FixedSize(elementType);
        if (fixedSize > 0)
        {
            // GGUF is little-endian like every host .NET runs AgentHost on, so fixed-size items are copied as is.
            if (count * fixedSize > reader.Remaining)
            {
                throw reader.Truncated();
            }

            var bytes = elementType == GgufValueType.Bool ? new byte[count] : null;
            reader.ReadBytes(bytes ?? AsBytes(items));
            if (bytes is not null)
            {
                var flags = (bool[])items;
                for (var i = 0; i < flags.Length; i++)
                {
                    flags[i] = bytes[i] != 0;
                }
            }

            return items;
        }

        for (var i = 0; i < items.Length; i++)
        {
            items.SetValue(elementType == GgufValueType.String ? reader.ReadString() : ReadNestedArray(reader, depth + 1), i);
        }

        return items;
    }

    private static GgufArray ReadArray(GgufByteReader reader, string path, string key, int depth)
    {
        var elementType = ReadType(reader);
        var count = ReadCount(reader, elementType);
        if (count <= InMemoryArrayLimit || elementType == GgufValueType.Array)
        {
            return GgufArray.InMemory(elementType, ReadItems(reader, elementType, count, depth));
        }

        var itemsOffset = reader.Position;
        SkipItems(reader, elementType, count);
        return GgufArray.InFile(elementType, count, new GgufLazyArraySource(path, key, itemsOffset, elementType, count));
    }

    private static GgufArray ReadNestedArray(GgufByteReader reader, int depth)
    {
        if (depth > MaxArrayDepth)
        {
            throw reader.Invalid($"{reader.Context} nests arrays more than {MaxArrayDepth} deep");
        }

        var elementType = ReadType(reader);
        var count = ReadCount(reader, elementType);
        return GgufArray.InMemory(elementType, ReadItems(reader, elementType, count, depth));
    }

    private static long ReadCount(GgufByteReader reader, GgufValueType elementType)
    {
        var count = reader.ReadUInt64();

        // Every item takes at least one byte (strings and arrays at least their 8-byte length), so a count beyond
        // the bytes left is a file cut short, not a reason to allocate.
        var minimumItemSize = (ulong)Math.Max(1, GgufTypeMap.FixedSize(elementType));
        if (elementType is GgufValueType.String or GgufValueType.Array)
        {
            minimumItemSize = 8;
        }

        return count <= (ulong)reader.Remaining / minimumItemSize ? (long)count : throw reader.Truncated();
    }

    private static void SkipItems(GgufByteReader reader, GgufValueType elementType, long count)
    {
        var fixedSize = GgufTypeMap.FixedSize(elementType);
        if (fixedSize > 0)
        {
            reader.Skip(count * fixedSize);
            return;
        }

        for (var i = 0L; i < count; i++)
        {
            reader.SkipString();
        }
    }

    private static object ReadScalar(GgufByteReader reader, GgufValueType type) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => (sbyte)reader.ReadByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => (short)reader.ReadUInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => (int)reader.ReadUInt32(),
        GgufValueType.Float32 => BitConverter.UInt32BitsToSingle(reader.ReadUInt32()),
        GgufValueType.Bool => reader.ReadByte() != 0,
        GgufValueType.String => reader.ReadString(),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => BitConverter.UInt64BitsToDouble(reader.ReadUInt64()),
        _ => throw reader.Invalid($"{reader.Context} has the unknown value type {(uint)type}"),
    };

    private static Span<byte> AsBytes(Array items) => items switch
    {
        byte[] a => a,
        sbyte[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        ushort[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        short[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        uint[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        int[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        float[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        ulong[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        long[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        double[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        _ => throw new ArgumentException("Not a fixed-size item array.", nameof(items)),
    };
}
