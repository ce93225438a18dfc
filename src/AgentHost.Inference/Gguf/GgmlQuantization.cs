using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// Converts float rows to and from the tensor encodings AgentHost writes (F32, F16, Q8_0) and reads back for checks
/// (also BF16). Q8_0 follows ggml's <c>quantize_row_q8_0_ref</c> bit for bit, so a file written here has the same
/// bytes llama.cpp's own reference quantizer would produce.
/// </summary>
public static class GgmlQuantization
{
    /// <summary>Elements per Q8_0 block.</summary>
    public const int Q8_0BlockSize = 32;

    /// <summary>Bytes per Q8_0 block: an fp16 scale and 32 signed bytes.</summary>
    public const int Q8_0BlockBytes = 2 + Q8_0BlockSize;

    /// <summary>Whether <see cref="Encode"/> can write <paramref name="type"/>.</summary>
    public static bool CanEncode(GgmlType type) => type is GgmlType.F32 or GgmlType.F16 or GgmlType.Q8_0;

    /// <summary>Encodes <paramref name="values"/> (a whole number of blocks) as <paramref name="type"/>.</summary>
    public static void Encode(GgmlType type, ReadOnlySpan<float> values, Span<byte> destination)
    {
        var size = GgmlTypeTraits.GetByteSize(type, values.Length);
        if (destination.Length < size)
        {
            throw new ArgumentException($"{values.Length} {type} values need {size} bytes.", nameof(destination));
        }

        switch (type)
        {
            case GgmlType.F32:
                MemoryMarshal.AsBytes(values).CopyTo(destination);
                break;
            case GgmlType.F16:
                for (var i = 0; i < values.Length; i++)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(destination[(2 * i)..], (Half)values[i]);
                }

                break;
            case GgmlType.Q8_0:
                QuantizeQ8_0(values, destination);
                break;
            default:
                throw new NotSupportedException($"Writing {type} tensors is not supported; use F32, F16 or Q8_0.");
        }
    }

    /// <summary>Decodes F32, F16, BF16 or Q8_0 data into floats.</summary>
    public static void Decode(GgmlType type, ReadOnlySpan<byte> data, Span<float> destination)
    {
        var blockSize = GgmlTypeTraits.GetBlockSize(type);
        var count = data.Length / GgmlTypeTraits.GetTypeSize(type) * blockSize;
        if (destination.Length < count)
        {
            throw new ArgumentException($"{data.Length} bytes of {type} hold {count} values.", nameof(destination));
        }

        switch (type)
        {
            case GgmlType.F32:
                MemoryMarshal.Cast<byte, float>(data).CopyTo(destination);
                break;
            case GgmlType.F16:
                for (var i = 0; i < count; i++)
                {
                    destination[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[(2 * i)..]);
                }

                break;
            case GgmlType.BF16:
                for (var i = 0; i < count; i++)
                {
                    destination[i] = BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(data[(2 * i)..]) << 16);
                }

                break;
            case GgmlType.Q8_0:
                DequantizeQ8_0(data, destination[..count]);
                break;
            default:
                throw new NotSupportedException($"Reading {type} tensors as floats is not supported.");
        }
    }

    /// <summary>
    /// ggml's <c>quantize_row_q8_0_ref</c>: per block of 32, scale d = amax / 127 stored as fp16, each value
    /// rounded (half away from zero, like C's <c>roundf</c>) to x / d with the float reciprocal of the unrounded d.
    /// </summary>
    public static void QuantizeQ8_0(ReadOnlySpan<float> values, Span<byte> destination)
    {
        if (values.Length % Q8_0BlockSize != 0)
        {
            throw new ArgumentException($"Q8_0 needs a multiple of {Q8_0BlockSize} values, not {values.Length}.", nameof(values));
        }

        var blocks = values.Length / Q8_0BlockSize;
        if (destination.Length < blocks * Q8_0BlockBytes)
        {
            throw new ArgumentException($"{blocks} Q8_0 blocks need {blocks * Q8_0BlockBytes} bytes.", nameof(destination));
        }

        for (var b = 0; b < blocks; b++)
        {
            var block = values.Slice(b * Q8_0BlockSize, Q8_0BlockSize);
            var output = destination.Slice(b * Q8_0BlockBytes, Q8_0BlockBytes);

            var amax = 0.0f;
            foreach (var v in block)
            {
                amax = MathF.Max(amax, MathF.Abs(v));
            }

            var d = amax / 127;
            var id = d != 0 ? 1.0f / d : 0.0f;
            BinaryPrimitives.WriteHalfLittleEndian(output, (Half)d);
            var quants = MemoryMarshal.Cast<byte, sbyte>(output[2..]);
            for (var j = 0; j < Q8_0BlockSize; j++)
            {
                quants[j] = (sbyte)MathF.Round(block[j] * id, MidpointRounding.AwayFromZero);
            }
        }
    }

    /// <summary>ggml's <c>dequantize_row_q8_0</c>: value = fp16 scale × int8.</summary>
    public static void DequantizeQ8_0(ReadOnlySpan<byte> data, Span<float> destination)
    {
        var blocks = destination.Length / Q8_0BlockSize;
        for (var b = 0; b < blocks; b++)
        {
            var block = data.Slice(b * Q8_0BlockBytes, Q8_0BlockBytes);
            var d = (float)BinaryPrimitives.ReadHalfLittleEndian(block);
            var quants = MemoryMarshal.Cast<byte, sbyte>(block[2..]);
            for (var j = 0; j < Q8_0BlockSize; j++)
            {
                destination[(b * Q8_0BlockSize) + j] = quants[j] * d;
            }
        }
    }
}
