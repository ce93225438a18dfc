namespace AgentHost.Inference.Gguf;

/// <summary>
/// What <see cref="GgufReader"/> found in a GGUF file: version, alignment, metadata and tensor index. Holds no open
/// file handle; tensor data and large metadata arrays are read from <see cref="Path"/> when asked for.
/// </summary>
public sealed class GgufFile
{
    private readonly Dictionary<string, GgufTensorInfo> _tensorsByName;

    public GgufFile(string path, long fileSize, uint version, uint alignment, long dataOffset, GgufMetadata metadata, IReadOnlyList<GgufTensorInfo> tensors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);
        Path = path;
        FileSize = fileSize;
        Version = version;
        Alignment = alignment;
        DataOffset = dataOffset;
        Metadata = metadata;
        Tensors = tensors;
        _tensorsByName = new Dictionary<string, GgufTensorInfo>(tensors.Count, StringComparer.Ordinal);
        foreach (var tensor in tensors)
        {
            if (!_tensorsByName.TryAdd(tensor.Name, tensor))
            {
                throw new GgufFormatException(GgufErrorCodes.Invalid, $"'{FileName}' has the tensor '{tensor.Name}' twice.");
            }
        }
    }

    /// <summary>The path the file was read from.</summary>
    public string Path { get; }

    /// <summary>The file's name without its directory, as error messages show it.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    public long FileSize { get; }

    /// <summary>GGUF version: 2 or 3.</summary>
    public uint Version { get; }

    /// <summary>Alignment of tensor data (<c>general.alignment</c>, 32 when absent).</summary>
    public uint Alignment { get; }

    /// <summary>Absolute file offset of the data section; tensor offsets are relative to it.</summary>
    public long DataOffset { get; }

    public GgufMetadata Metadata { get; }

    /// <summary>The tensor index in file order.</summary>
    public IReadOnlyList<GgufTensorInfo> Tensors { get; }

    /// <summary><c>general.architecture</c>, e.g. <c>bailingmoe2</c>; null when absent.</summary>
    public string? Architecture => Metadata.TryGetString(GgufKeys.Architecture, out var architecture) ? architecture : null;

    public GgufTensorInfo? FindTensor(string name) => _tensorsByName.GetValueOrDefault(name);

    /// <summary>Absolute file offset of a tensor's data.</summary>
    public long GetAbsoluteOffset(GgufTensorInfo tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return DataOffset + tensor.Offset;
    }

    /// <summary>A tensor's raw bytes, for tensors below 2 GiB.</summary>
    /// <exception cref="GgufFormatException">The file can no longer be read or is now shorter.</exception>
    public byte[] ReadTensorData(GgufTensorInfo tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.ByteSize > Array.MaxLength)
        {
            throw new ArgumentException($"Tensor '{tensor.Name}' is too large to read into one array.", nameof(tensor));
        }

        var data = new byte[tensor.ByteSize];
        using var reader = GgufByteReader.Open(Path);
        reader.Context = $"the data of tensor '{tensor.Name}'";
        reader.Seek(GetAbsoluteOffset(tensor));
        reader.ReadBytes(data);
        return data;
    }

    /// <summary>A tensor's values as floats; for F32, F16, BF16 and Q8_0 tensors.</summary>
    public float[] ReadTensorAsFloat32(GgufTensorInfo tensor)
    {
        var data = ReadTensorData(tensor);
        var values = new float[tensor.ElementCount];
        GgmlQuantization.Decode(tensor.Type, data, values);
        return values;
    }
}
