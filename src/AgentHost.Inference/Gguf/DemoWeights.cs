using System.Text;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// Row sources for demo-model tensors: uniform random values whose stream is seeded by (model seed, tensor name, row),
/// so each row can be produced on any thread in any order and the file stays the same for the same seed.
/// </summary>
internal static class DemoWeights
{
    /// <summary>Uniform in [-<paramref name="amplitude"/>, <paramref name="amplitude"/>).</summary>
    public static GgufTensorRowSource Uniform(int seed, string tensorName, float amplitude)
    {
        var tensorSeed = Fnv1a64(tensorName) ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
        return (rowIndex, row) =>
        {
            var mixer = tensorSeed + (ulong)rowIndex;
            var random = new Xoshiro256StarStar(Xoshiro256StarStar.SplitMix64(ref mixer));
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = random.NextSignedUnit() * amplitude;
            }
        };
    }

    /// <summary>Uniform with standard deviation <paramref name="gain"/> / sqrt(<paramref name="fanIn"/>), so a
    /// matrix applied to a unit-RMS input gives outputs of RMS about <paramref name="gain"/>.</summary>
    public static GgufTensorRowSource Scaled(int seed, string tensorName, int fanIn, float gain) =>
        Uniform(seed, tensorName, gain * MathF.Sqrt(3.0f / fanIn));

    public static GgufTensorRowSource Constant(float value) => (_, row) => row.Fill(value);

    private static ulong Fnv1a64(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return hash;
    }
}
