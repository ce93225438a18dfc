namespace AgentHost.Inference.Gguf;

/// <summary>
/// One entry of a GGUF tensor index: name, shape in ggml order (<c>Shape[0]</c> is the row length), element type,
/// and offset of its data relative to the start of the data section.
/// </summary>
public sealed class GgufTensorInfo
{
    private readonly long[] _shape;

    /// <exception cref="ArgumentException">A negative dimension, more than 4 dimensions, or a row length that is not a
    /// whole number of blocks of <paramref name="type"/>.</exception>
    public GgufTensorInfo(string name, IReadOnlyList<long> shape, GgmlType type, long offset)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (shape.Count is < 1 or > MaxDimensions)
        {
            throw new ArgumentException($"Tensor '{name}' has {shape.Count} dimensions; GGUF allows 1 to {MaxDimensions}.", nameof(shape));
        }

        _shape = [.. shape];
        var elements = 1L;
        foreach (var dimension in _shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dimension, nameof(shape));
            elements = checked(elements * dimension);
        }

        if (!GgmlTypeTraits.IsKnown(type))
        {
            throw new ArgumentException($"Tensor '{name}' has the unknown ggml type {(uint)type}.", nameof(type));
        }

        if (_shape[0] % GgmlTypeTraits.GetBlockSize(type) != 0)
        {
            throw new ArgumentException(
                $"Tensor '{name}': a row of {_shape[0]} elements is not a whole number of {type} blocks of {GgmlTypeTraits.GetBlockSize(type)}.",
                nameof(shape));
        }

        Name = name;
        Type = type;
        Offset = offset;
        ElementCount = elements;
        ByteSize = GgmlTypeTraits.GetByteSize(type, elements);
    }

    /// <summary>GGUF (and ggml) tensors have at most four dimensions.</summary>
    public const int MaxDimensions = 4;

    public string Name { get; }

    /// <summary>Dimensions in ggml order: <c>Shape[0]</c> varies fastest (the row length).</summary>
    public IReadOnlyList<long> Shape => _shape;

    public GgmlType Type { get; }

    /// <summary>Offset of the tensor's data from the start of the file's data section.</summary>
    public long Offset { get; }

    public long ElementCount { get; }

    /// <summary>Bytes of tensor data, without alignment padding.</summary>
    public long ByteSize { get; }

    public override string ToString() => $"{Name} {GgmlTypeTraits.GetName(Type)} [{string.Join(", ", _shape)}]";
}
