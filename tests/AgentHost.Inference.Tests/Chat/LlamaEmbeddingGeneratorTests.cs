using System.Numerics.Tensors;
using AgentHost.Inference.Chat;
using AgentHost.Inference.Tests.Engine;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Tests.Chat;

/// <summary>Embeddings through libllama with mean pooling (the demo model's vectors carry no meaning, but the plumbing is real).</summary>
[Collection(EngineCollection.Name)]
public sealed class LlamaEmbeddingGeneratorTests(EngineFixture fixture)
{
    [Fact]
    public async Task Texts_embed_to_unit_vectors_deterministically()
    {
        using var generator = new LlamaEmbeddingGenerator(fixture.Model, threads: 1);
        var embeddings = await generator.GenerateAsync(["华法林与维生素K", "华法林与维生素K", "How tall should a 3-year-old be?"]);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(fixture.Model.Info.EmbeddingLength, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0f, TensorPrimitives.Norm(e.Vector.Span), 3));
        Assert.Equal(embeddings[0].Vector.ToArray(), embeddings[1].Vector.ToArray());
        Assert.True(TensorPrimitives.Dot(embeddings[0].Vector.Span, embeddings[2].Vector.Span) < 0.9999f);
        Assert.Equal(fixture.Model.Info.EmbeddingLength, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }
}
