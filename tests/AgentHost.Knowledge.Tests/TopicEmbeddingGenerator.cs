using Microsoft.Extensions.AI;

namespace AgentHost.Knowledge.Tests;

/// <summary>
/// A deterministic stand-in for an embedding model in unit tests of the dense path: three topic axes (sleep,
/// anticoagulation, diet) switched on by a few cue words in either language.
/// </summary>
internal sealed class TopicEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly string[][] _topics =
    [
        ["sleep", "bedtime", "睡", "上床"],
        ["inr", "华法林", "抗凝", "warfarin"],
        ["维生素", "vitamin", "蔬菜", "diet"],
    ];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = values.Select(v => new Embedding<float>(Embed(v))).ToList();
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("test", null, "topics", 4) : null;

    public void Dispose()
    {
    }

    private static float[] Embed(string text)
    {
        var lower = text.ToLowerInvariant();
        var vector = new float[4];
        for (var i = 0; i < _topics.Length; i++)
        {
            vector[i] = _topics[i].Count(cue => lower.Contains(cue, StringComparison.Ordinal));
        }

        vector[3] = 0.1f;
        return vector;
    }
}
