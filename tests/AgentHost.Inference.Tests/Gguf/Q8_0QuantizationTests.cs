using System.Buffers.Binary;
using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class Q8_0QuantizationTests
{
    [Fact]
    public void Matches_a_reference_written_from_ggml_quantize_row_q8_0_ref()
    {
        var values = new float[4 * 32];
        for (var i = 0; i < 32; i++)
        {
            values[i] = (i - 15.5f) * 0.37f;                     // ramp through zero
            values[32 + i] = 0;                                   // all zero: scale 0, quants 0
            values[64 + i] = i == 7 ? -3.0f : MathF.Sin(i) * 0.5f; // the largest magnitude is negative
            values[96 + i] = i - 16 + 0.5f;                        // with amax 127 the scale is 1: exact halves
        }

        values[96] = 127;
        var actual = new byte[4 * 34];
        GgmlQuantization.QuantizeQ8_0(values, actual);

        Assert.Equal(Reference(values), actual);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(actual.AsSpan(34)));
        Assert.All(actual.AsSpan(36, 32).ToArray(), b => Assert.Equal(0, b));
        Assert.Equal(-127, (sbyte)actual[68 + 2 + 7]);
        Assert.Equal(1.0f, (float)BinaryPrimitives.ReadHalfLittleEndian(actual.AsSpan(102)));
        Assert.Equal(-15, (sbyte)actual[102 + 2 + 1]);   // 1 - 16 + 0.5 = -14.5 → -15, away from zero
        Assert.Equal(3, (sbyte)actual[102 + 2 + 18]);    // 18 - 16 + 0.5 = 2.5 → 3, where banker's rounding would give 2
    }

    [Fact]
    public void Dequantizing_is_within_half_a_step_of_the_input()
    {
        var values = Enumerable.Range(0, 256).Select(i => MathF.Cos(i * 0.1f) * (1 + (i / 32))).ToArray();
        var encoded = new byte[8 * 34];
        GgmlQuantization.Encode(GgmlType.Q8_0, values, encoded);
        var decoded = new float[256];
        GgmlQuantization.Decode(GgmlType.Q8_0, encoded, decoded);

        for (var b = 0; b < 8; b++)
        {
            var step = (float)BinaryPrimitives.ReadHalfLittleEndian(encoded.AsSpan(b * 34));
            for (var j = 0; j < 32; j++)
            {
                Assert.InRange(MathF.Abs(decoded[(b * 32) + j] - values[(b * 32) + j]), 0, (step * 0.5f) + 1e-3f);
            }
        }
    }

    [Fact]
    public void Refuses_a_length_that_is_not_whole_blocks() =>
        Assert.Throws<ArgumentException>(() => GgmlQuantization.QuantizeQ8_0(new float[40], new byte[68]));

    /// <summary>quantize_row_q8_0_ref transcribed: d = amax/127 as fp16, q = roundf(x * (1/d)).</summary>
    private static byte[] Reference(float[] x)
    {
        var y = new byte[x.Length / 32 * 34];
        for (var i = 0; i < x.Length / 32; i++)
        {
            var amax = 0.0f;
            for (var j = 0; j < 32; j++)
            {
                amax = Math.Max(amax, Math.Abs(x[(i * 32) + j]));
            }

            var d = amax / ((1 << 7) - 1);
            var id = d != 0 ? 1.0f / d : 0.0f;
            BinaryPrimitives.WriteHalfLittleEndian(y.AsSpan(i * 34), (Half)d);
            for (var j = 0; j < 32; j++)
            {
                var x0 = x[(i * 32) + j] * id;
                var rounded = x0 >= 0 ? MathF.Floor(x0 + 0.5f) : -MathF.Floor(-x0 + 0.5f);
                y[(i * 34) + 2 + j] = (byte)(sbyte)rounded;
            }
        }

        return y;
    }
}
