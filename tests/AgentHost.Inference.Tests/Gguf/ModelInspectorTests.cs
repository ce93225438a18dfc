using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class ModelInspectorTests
{
    private const double Gb = 1e9;
    private const long GiB = 1L << 30;

    [Fact]
    public void Summarises_an_AntAngelMed_shaped_Q4_K_M_index()
    {
        var file = SyntheticModelIndex.AntAngelMedQ4KM();

        var model = ModelInspector.Inspect(file);

        Assert.InRange(file.FileSize / Gb, 62, 69);
        Assert.Equal("bailingmoe2", model.Architecture);
        Assert.Equal("AntAngelMed", model.Name);
        Assert.InRange(model.ParameterCount / Gb, 100, 106);
        Assert.Equal(32, model.LayerCount);
        Assert.Equal(32768, model.ContextLength);
        Assert.Equal(4096, model.EmbeddingLength);
        Assert.Equal((256, 8, 1), (model.ExpertCount, model.ExpertUsedCount, model.SharedExpertCount));
        Assert.Equal((32, 4, 128), (model.HeadCount, model.KvHeadCount, model.KeyLength));
        Assert.Equal((int)SyntheticModelIndex.AntAngelMedVocabulary, model.VocabularySize);
        Assert.Equal("bailing2", model.ChatTemplateFamily);
        Assert.Equal("Q4_K - Medium", model.FileTypeName);
        Assert.Equal([GgmlType.Q4_K, GgmlType.Q6_K, GgmlType.F32], model.TensorTypes.Select(t => t.Type));
        Assert.Equal(file.Tensors.Count, model.TensorTypes.Sum(t => t.TensorCount));
        Assert.False(model.IsDemo);
        Assert.Equal(32L * 4 * (128 + 128) * 2, model.KvCacheBytesPerToken);
        Assert.Equal(0, model.Layers[0].ExpertBytes);
        Assert.All(model.Layers.Skip(1), l => Assert.True(l.ExpertBytes > 20 * l.OtherBytes));
        Assert.Equal(file.FindTensor("token_embd.weight")!.ByteSize, model.InputBytes);
    }

    [Fact]
    public void The_Q4_K_M_model_fits_an_80_GB_GPU_entirely_with_a_modest_context()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ4KM());

        var placement = ModelInspector.RecommendPlacement(model, 80, 8192);

        Assert.Equal(PlacementKind.FitsEntirely, placement.Kind);
        Assert.Equal(33, placement.GpuLayers);
        Assert.Equal(0, placement.CpuExpertLayers);
        Assert.Empty(placement.CpuExpertPatterns);
        Assert.Equal(512L * 1024 * 1024, placement.KvCacheBytes);
        Assert.True(placement.TotalBytes <= 80 * GiB);
        Assert.Equal(model.OutputBytes + model.Layers.Sum(l => l.TotalBytes), placement.WeightBytes);
        Assert.Contains("fits entirely", placement.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Q8_0_model_needs_the_experts_of_the_first_layers_in_CPU_RAM_on_80_GB()
    {
        var file = SyntheticModelIndex.AntAngelMedQ8_0();
        var model = ModelInspector.Inspect(file);

        var placement = ModelInspector.RecommendPlacement(model, 80, 8192);

        Assert.InRange(file.FileSize / Gb, 105, 115);
        Assert.Equal(PlacementKind.ExpertsOnCpu, placement.Kind);
        Assert.Equal(33, placement.GpuLayers);
        Assert.InRange(placement.CpuExpertLayers, 2, 31);
        Assert.True(placement.TotalBytes <= 80 * GiB);

        // The fewest layers: one layer fewer on the CPU would no longer fit.
        var oneMoreOnGpu = placement.WeightBytes + model.Layers[placement.CpuExpertLayers - 1].ExpertBytes;
        Assert.True(oneMoreOnGpu + placement.KvCacheBytes + placement.ReservedBytes > 80 * GiB);
        Assert.Equal(
            model.OutputBytes + model.Layers.Sum(l => l.OtherBytes) + model.Layers.Skip(placement.CpuExpertLayers).Sum(l => l.ExpertBytes),
            placement.WeightBytes);
        Assert.Equal(@"blk\.0\.ffn_(up|down|gate|gate_up)_(ch|)exps", placement.CpuExpertPatterns[0]);
        Assert.Equal(placement.CpuExpertLayers, placement.CpuExpertPatterns.Count);
    }

    [Fact]
    public void A_larger_context_moves_more_experts_to_the_CPU()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ8_0());

        var modest = ModelInspector.RecommendPlacement(model, 80, 8192);
        var long128K = ModelInspector.RecommendPlacement(model, 80, 131072);

        Assert.Equal(8L * GiB, long128K.KvCacheBytes);
        Assert.True(long128K.CpuExpertLayers > modest.CpuExpertLayers);
    }

    [Fact]
    public void The_Q8_0_model_fits_a_141_GB_GPU_entirely()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ8_0());

        Assert.Equal(PlacementKind.FitsEntirely, ModelInspector.RecommendPlacement(model, 139, 32768).Kind);
    }

    [Fact]
    public void When_not_even_the_non_expert_weights_fit_only_the_last_layers_go_to_the_GPU()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ8_0());

        var placement = ModelInspector.RecommendPlacement(model, 4, 8192);

        Assert.Equal(PlacementKind.PartialOffload, placement.Kind);
        Assert.InRange(placement.GpuLayers, 2, 32);
        Assert.Equal(32, placement.CpuExpertLayers);
        Assert.True(placement.TotalBytes <= 4 * GiB);
    }

    [Fact]
    public void A_GPU_too_small_for_one_layer_gets_no_placement()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ4KM());

        var placement = ModelInspector.RecommendPlacement(model, 1, 8192);

        Assert.Equal(PlacementKind.DoesNotFit, placement.Kind);
        Assert.Equal(0, placement.GpuLayers);
        Assert.Contains("does not fit", placement.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_token_prediction_layers_are_neither_counted_nor_placed()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ4KM(nextNLayers: 1));

        Assert.Equal(32, model.LayerCount);
        Assert.Equal(1, model.NextNLayerCount);
        Assert.Equal(33, model.BlockCount);
        Assert.True(model.UnusedBytes > 0);
        Assert.Equal(32, model.Layers.Count);
        Assert.Equal(34, ModelInspector.RecommendPlacement(model, 80, 8192).GpuLayers);
    }

    [Fact]
    public void A_dense_model_that_does_not_fit_is_offloaded_layer_by_layer()
    {
        var model = ModelInspector.Inspect(SyntheticModelIndex.DenseF16());

        var placement = ModelInspector.RecommendPlacement(model, 12, 8192);

        Assert.False(model.IsMixtureOfExperts);
        Assert.Equal("llama3", model.ChatTemplateFamily);
        Assert.Equal("F16", model.FileTypeName);
        Assert.Equal(PlacementKind.PartialOffload, placement.Kind);
        Assert.Equal(0, placement.CpuExpertLayers);
        Assert.InRange(placement.GpuLayers, 10, 30);
        Assert.True(placement.TotalBytes <= 12 * GiB);
        Assert.Equal(PlacementKind.FitsEntirely, ModelInspector.RecommendPlacement(model, 24, 8192).Kind);
    }

    [Fact]
    public void The_arithmetic_is_deterministic()
    {
        var first = ModelInspector.RecommendPlacement(ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ8_0()), 48, 16384);
        var second = ModelInspector.RecommendPlacement(ModelInspector.Inspect(SyntheticModelIndex.AntAngelMedQ8_0()), 48, 16384);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_file_without_an_architecture_is_a_clear_error()
    {
        var file = new GgufFile("/x/bare.gguf", 32, 3, 32, 32, new GgufMetadata([], "bare.gguf"), []);

        var error = Assert.Throws<GgufFormatException>(() => ModelInspector.Inspect(file));

        Assert.Equal(GgufErrorCodes.MissingKey, error.Code);
    }
}
