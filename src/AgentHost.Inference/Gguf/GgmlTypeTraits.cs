namespace AgentHost.Inference.Gguf;

/// <summary>
/// Block size (elements per block) and block byte size of every <see cref="GgmlType"/>, copied from gguf-py's
/// <c>GGML_QUANT_SIZES</c>, so tensor byte sizes can be computed without the native library.
/// </summary>
public static class GgmlTypeTraits
{
    private const int QkK = 256;

    private static readonly Dictionary<GgmlType, (int BlockSize, int TypeSize)> _sizes = new()
    {
        [GgmlType.F32] = (1, 4),
        [GgmlType.F16] = (1, 2),
        [GgmlType.Q4_0] = (32, 2 + 16),
        [GgmlType.Q4_1] = (32, 2 + 2 + 16),
        [GgmlType.Q5_0] = (32, 2 + 4 + 16),
        [GgmlType.Q5_1] = (32, 2 + 2 + 4 + 16),
        [GgmlType.Q8_0] = (32, 2 + 32),
        [GgmlType.Q8_1] = (32, 2 + 2 + 32),
        [GgmlType.Q2_K] = (QkK, 2 + 2 + (QkK / 16) + (QkK / 4)),
        [GgmlType.Q3_K] = (QkK, 2 + (QkK / 4) + (QkK / 8) + 12),
        [GgmlType.Q4_K] = (QkK, 2 + 2 + (QkK / 2) + 12),
        [GgmlType.Q5_K] = (QkK, 2 + 2 + (QkK / 2) + (QkK / 8) + 12),
        [GgmlType.Q6_K] = (QkK, 2 + (QkK / 2) + (QkK / 4) + (QkK / 16)),
        [GgmlType.Q8_K] = (QkK, 4 + QkK + (QkK / 8)),
        [GgmlType.IQ2_XXS] = (QkK, 2 + (QkK / 4)),
        [GgmlType.IQ2_XS] = (QkK, 2 + (QkK / 4) + (QkK / 32)),
        [GgmlType.IQ3_XXS] = (QkK, 2 + (QkK / 4) + (QkK / 8)),
        [GgmlType.IQ1_S] = (QkK, 2 + (QkK / 8) + (QkK / 16)),
        [GgmlType.IQ4_NL] = (32, 2 + 16),
        [GgmlType.IQ3_S] = (QkK, 2 + (QkK / 4) + (QkK / 8) + (QkK / 32) + 4),
        [GgmlType.IQ2_S] = (QkK, 2 + (QkK / 4) + (QkK / 16)),
        [GgmlType.IQ4_XS] = (QkK, 2 + 2 + (QkK / 2) + (QkK / 64)),
        [GgmlType.I8] = (1, 1),
        [GgmlType.I16] = (1, 2),
        [GgmlType.I32] = (1, 4),
        [GgmlType.I64] = (1, 8),
        [GgmlType.F64] = (1, 8),
        [GgmlType.IQ1_M] = (QkK, (QkK / 8) + (QkK / 16) + (QkK / 32)),
        [GgmlType.BF16] = (1, 2),
        [GgmlType.TQ1_0] = (QkK, 2 + (4 * 13)),
        [GgmlType.TQ2_0] = (QkK, 2 + 64),
        [GgmlType.MXFP4] = (32, 1 + 16),
        [GgmlType.NVFP4] = (64, 4 + 32),
        [GgmlType.Q1_0] = (128, 2 + 16),
        [GgmlType.Q2_0] = (64, 2 + 16),
    };

    /// <summary>Whether <paramref name="type"/> is a tensor type this build of ggml can store.</summary>
    public static bool IsKnown(GgmlType type) => _sizes.ContainsKey(type);

    /// <summary>Elements per block (1 for plain types, 32 for Q8_0, 256 for the K-quants).</summary>
    public static int GetBlockSize(GgmlType type) => Get(type).BlockSize;

    /// <summary>Bytes per block.</summary>
    public static int GetTypeSize(GgmlType type) => Get(type).TypeSize;

    /// <summary>Bytes that <paramref name="elementCount"/> elements take; the count must be a whole number of blocks.</summary>
    public static long GetByteSize(GgmlType type, long elementCount)
    {
        var (blockSize, typeSize) = Get(type);
        ArgumentOutOfRangeException.ThrowIfNegative(elementCount);
        if (elementCount % blockSize != 0)
        {
            throw new ArgumentException($"{elementCount} elements are not a whole number of {type} blocks of {blockSize}.", nameof(elementCount));
        }

        return checked(elementCount / blockSize * typeSize);
    }

    /// <summary>The name ggml and llama.cpp print for the type, e.g. <c>Q4_K</c>, <c>F16</c>, <c>BF16</c>.</summary>
    public static string GetName(GgmlType type) => Enum.IsDefined(type) ? type.ToString() : $"type {(uint)type}";

    private static (int BlockSize, int TypeSize) Get(GgmlType type) =>
        _sizes.TryGetValue(type, out var sizes)
            ? sizes
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ggml tensor type.");
}
