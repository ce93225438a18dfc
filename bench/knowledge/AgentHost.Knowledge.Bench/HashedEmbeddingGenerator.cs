using Microsoft.Extensions.AI;

namespace AgentHost.Knowledge.Bench;

/// <summary>
/// Random-but-deterministic 384-dimension vectors (seeded by the text's hash) for TIMING the dense path only; they
/// carry no meaning, so no quality number is ever computed with them.
/// </summary>
internal sealed class HashedEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Vector(v))).ToList()));

    public static float[] Vector(string text)
    {
        var random = new Random(StringComparer.Ordinal.GetHashCode(text));
        var vector = new float[Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("bench", null, "hashed-random", Dimensions) : null;

    public void Dispose()
    {
    }
}
