namespace AgentHost.Inference.Gguf;

/// <summary>
/// Reads a GGUF file's header, metadata and tensor index (versions 2 and 3), seeking past tensor data and large
/// arrays so that even a 100 GB model costs a few megabytes. Every problem surfaces as one
/// <see cref="GgufFormatException"/>; see <see cref="GgufErrorCodes"/>.
/// </summary>
public static class GgufReader
{
    /// <summary>The alignment of tensor data when <c>general.alignment</c> is absent.</summary>
    public const uint DefaultAlignment = 32;

    private const uint MinimumVersion = 2;
    private const uint MaximumVersion = 3;
    private static readonly byte[] _magic = "GGUF"u8.ToArray();

    /// <exception cref="GgufFormatException">Missing, unreadable, not GGUF, truncated, unsupported or malformed.</exception>
    public static GgufFile Read(string path, CancellationToken cancellationToken = default)
    {
        using var reader = GgufByteReader.Open(path);
        var version = ReadHeaderStart(reader);

        reader.Context = "the header";
        var tensorCount = ReadCount(reader, "tensors");
        var metadataCount = ReadCount(reader, "metadata entries");

        var entries = new List<KeyValuePair<string, GgufValue>>((int)Math.Min(metadataCount, 4096));
        for (var i = 0L; i < metadataCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.Context = $"metadata entry {i + 1} of {metadataCount}";
            var key = reader.ReadString();
            reader.Context = $"metadata key '{key}'";
            var type = GgufValueParser.ReadType(reader);
            entries.Add(new(key, GgufValueParser.ReadValue(reader, type, path, key)));
        }

        var metadata = new GgufMetadata(entries, reader.FileName);
        var alignment = ReadAlignment(reader, metadata);

        var tensors = new List<GgufTensorInfo>((int)Math.Min(tensorCount, 65536));
        for (var i = 0L; i < tensorCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.Context = $"tensor info {i + 1} of {tensorCount}";
            tensors.Add(ReadTensorInfo(reader, alignment));
        }

        reader.Context = "the padding before the tensor data";
        var dataOffset = tensorCount == 0 ? reader.Position : AlignUp(reader.Position, alignment);
        if (dataOffset > reader.Length)
        {
            throw reader.Truncated();
        }

        CheckTensorData(reader, tensors, dataOffset);
        return new GgufFile(path, reader.Length, version, alignment, dataOffset, metadata, tensors);
    }

    private static uint ReadHeaderStart(GgufByteReader reader)
    {
        if (reader.Length == 0)
        {
            throw new GgufFormatException(GgufErrorCodes.BadMagic, $"'{reader.FileName}' is not a GGUF file: it is empty.");
        }

        var prefixLength = (int)Math.Min(reader.Length, _magic.Length);
        Span<byte> magic = stackalloc byte[_magic.Length];
        reader.Context = "the GGUF magic";
        reader.ReadBytes(magic[..prefixLength]);
        if (!magic[..prefixLength].SequenceEqual(_magic.AsSpan(0, prefixLength)))
        {
            throw new GgufFormatException(GgufErrorCodes.BadMagic, $"'{reader.FileName}' is not a GGUF file: it does not start with the GGUF magic.");
        }

        if (prefixLength < _magic.Length)
        {
            throw reader.Truncated();
        }

        reader.Context = "the header";
        var version = reader.ReadUInt32();
        if ((version & 0xFFFF) == 0 && version != 0)
        {
            throw new GgufFormatException(
                GgufErrorCodes.UnsupportedVersion,
                $"'{reader.FileName}' is a big-endian GGUF file; AgentHost reads little-endian GGUF only.");
        }

        if (version is < MinimumVersion or > MaximumVersion)
        {
            var hint = version == 1 ? " (GGUF v1 is obsolete; convert the model again)" : string.Empty;
            throw new GgufFormatException(
                GgufErrorCodes.UnsupportedVersion,
                $"'{reader.FileName}' is GGUF version {version}; AgentHost reads versions {MinimumVersion} and {MaximumVersion}{hint}.");
        }

        return version;
    }

    private static long ReadCount(GgufByteReader reader, string what)
    {
        var count = reader.ReadInt64();
        return count >= 0 ? count : throw reader.Invalid($"the header gives a negative number of {what}");
    }

    private static uint ReadAlignment(GgufByteReader reader, GgufMetadata metadata)
    {
        if (!metadata.TryGetValue(GgufKeys.Alignment, out var value))
        {
            return DefaultAlignment;
        }

        if (value.Type != GgufValueType.UInt32)
        {
            throw reader.Invalid($"'{GgufKeys.Alignment}' is {value.Type}, not UInt32");
        }

        var alignment = value.Get<uint>();
        return alignment != 0 && (alignment & (alignment - 1)) == 0
            ? alignment
            : throw reader.Invalid($"'{GgufKeys.Alignment}' is {alignment}, not a power of two");
    }

    private static GgufTensorInfo ReadTensorInfo(GgufByteReader reader, uint alignment)
    {
        var name = reader.ReadString();
        reader.Context = $"the index entry of tensor '{name}'";
        var dimensions = reader.ReadUInt32();
        if (dimensions is 0 or > GgufTensorInfo.MaxDimensions)
        {
            throw reader.Invalid($"tensor '{name}' has {dimensions} dimensions (1 to {GgufTensorInfo.MaxDimensions} allowed)");
        }

        var shape = new long[dimensions];
        for (var d = 0; d < shape.Length; d++)
        {
            shape[d] = reader.ReadInt64();
            if (shape[d] < 0)
            {
                throw reader.Invalid($"tensor '{name}' has a negative dimension");
            }
        }

        var rawType = reader.ReadUInt32();
        var type = (GgmlType)rawType;
        if (!GgmlTypeTraits.IsKnown(type))
        {
            throw reader.Invalid($"tensor '{name}' has the unknown ggml type {rawType}");
        }

        var offset = reader.ReadUInt64();
        if (offset > long.MaxValue || offset % alignment != 0)
        {
            throw reader.Invalid($"tensor '{name}' has the offset {offset}, which is not a multiple of the alignment {alignment}");
        }

        if (shape[0] % GgmlTypeTraits.GetBlockSize(type) != 0)
        {
            throw reader.Invalid($"tensor '{name}' has rows of {shape[0]} elements, not a whole number of {type} blocks");
        }

        var elements = 1.0;
        foreach (var dimension in shape)
        {
            elements *= dimension;
        }

        return elements < long.MaxValue / 8
            ? new GgufTensorInfo(name, shape, type, (long)offset)
            : throw reader.Invalid($"tensor '{name}' has more elements than fit 64 bits");
    }

    private static void CheckTensorData(GgufByteReader reader, List<GgufTensorInfo> tensors, long dataOffset)
    {
        var dataLength = reader.Length - dataOffset;
        foreach (var tensor in tensors)
        {
            if (tensor.Offset > dataLength || tensor.ByteSize > dataLength - tensor.Offset)
            {
                reader.Context = $"the data of tensor '{tensor.Name}'";
                throw reader.Truncated();
            }
        }
    }

    private static long AlignUp(long value, uint alignment) => (value + alignment - 1) / alignment * alignment;
}
