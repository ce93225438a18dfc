using System.Security.Cryptography;
using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class DemoModelGeneratorTests(TinyDemoModelFixture tiny) : IClassFixture<TinyDemoModelFixture>
{
    private const string Arch = "bailingmoe2.";

    [Fact]
    public void The_tiny_model_is_under_50_MB_and_reports_what_it_wrote()
    {
        var info = new FileInfo(tiny.Path);

        Assert.True(info.Length < 50_000_000, $"{info.Length} bytes");
        Assert.Equal(info.Length, tiny.Model.FileSize);
        Assert.Equal(tiny.File.Tensors.Sum(t => t.ElementCount), tiny.Model.TotalParameters);
        Assert.True(tiny.Model.ActiveParameters < tiny.Model.TotalParameters);
        Assert.Equal(42, tiny.Model.Seed);
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_other_bytes()
    {
        using var temp = new TempDirectory();
        var again = await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, temp.File("again.gguf"), seed: 42);
        var other = await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, temp.File("other.gguf"), seed: 7);

        Assert.Equal(Hash(tiny.Path), Hash(again.Path));
        Assert.NotEqual(Hash(tiny.Path), Hash(other.Path));
        Assert.Equal(new FileInfo(tiny.Path).Length, new FileInfo(other.Path).Length);
        Assert.Equal(7, GgufReader.Read(other.Path).Metadata.GetInt64(GgufKeys.DemoSeed));
    }

    [Fact]
    public void It_carries_every_hyperparameter_llama_cpp_requires_for_bailingmoe2()
    {
        var m = tiny.File.Metadata;
        var spec = DemoModelSpec.For(DemoModelSize.Tiny);

        Assert.Equal("bailingmoe2", tiny.File.Architecture);
        Assert.Equal(32768, m.GetInt64(Arch + "context_length"));
        Assert.Equal(spec.EmbeddingLength, m.GetInt64(Arch + "embedding_length"));
        Assert.Equal(3, m.GetInt64(Arch + "block_count"));
        Assert.Equal(0, m.GetInt64(Arch + "nextn_predict_layers"));
        Assert.Equal(1, m.GetInt64(Arch + "leading_dense_block_count"));
        Assert.Equal(spec.FeedForwardLength, m.GetInt64(Arch + "feed_forward_length"));
        Assert.Equal(4, m.GetInt64(Arch + "attention.head_count"));
        Assert.Equal(2, m.GetInt64(Arch + "attention.head_count_kv"));
        Assert.Equal(16, m.GetInt64(Arch + "attention.key_length"));
        Assert.Equal(16, m.GetInt64(Arch + "attention.value_length"));
        Assert.Equal(8, m.GetInt64(Arch + "rope.dimension_count"));
        Assert.True(m.GetDouble(Arch + "attention.layer_norm_rms_epsilon") > 0);
        Assert.True(m.GetDouble(Arch + "rope.freq_base") > 0);
        Assert.Equal(8, m.GetInt64(Arch + "expert_count"));
        Assert.Equal(2, m.GetInt64(Arch + "expert_used_count"));
        Assert.Equal(1, m.GetInt64(Arch + "expert_shared_count"));
        Assert.Equal(spec.ExpertFeedForwardLength, m.GetInt64(Arch + "expert_feed_forward_length"));
        Assert.Equal(spec.SharedExpertFeedForwardLength, m.GetInt64(Arch + "expert_shared_feed_forward_length"));
        Assert.Equal(2, m.GetInt64(Arch + "expert_gating_func"));
        Assert.True(m.GetBoolean(Arch + "expert_weights_norm"));
        Assert.Equal(2.5, m.GetDouble(Arch + "expert_weights_scale"));
        var groups = m.GetInt64(Arch + "expert_group_count");
        var groupsUsed = m.GetInt64(Arch + "expert_group_used_count");
        Assert.Equal(0, spec.ExpertCount % groups);
        Assert.InRange(groupsUsed, 1, groups - 1);
        Assert.True(groupsUsed * (spec.ExpertCount / groups) >= spec.ExpertUsedCount);
        Assert.Equal(7, m.GetInt64(GgufKeys.FileType));
    }

    [Fact]
    public void It_is_marked_as_the_demo_model()
    {
        var m = tiny.File.Metadata;

        Assert.Equal("AgentHost demo model (random weights)", m.GetString(GgufKeys.Name));
        Assert.True(m.GetBoolean(GgufKeys.DemoFlag));
        Assert.Equal("tiny", m.GetString(GgufKeys.DemoSize));
        Assert.Equal(42, m.GetInt64(GgufKeys.DemoSeed));
        Assert.True(ModelInspector.Inspect(tiny.File).IsDemo);
    }

    [Fact]
    public void It_has_the_real_qwen2_tokenizer_with_the_ling_chat_tokens_appended()
    {
        var vocabulary = GgufReader.Read(DemoModelGenerator.FindVocabularyPath()!).Metadata;
        var m = tiny.File.Metadata;
        var baseTokens = vocabulary.GetArray(GgufKeys.TokenizerTokens).ReadItems<string>();
        var tokens = m.GetArray(GgufKeys.TokenizerTokens).ReadItems<string>();
        var types = m.GetArray(GgufKeys.TokenizerTokenType).ReadItems<int>();

        foreach (var key in vocabulary.Keys.Where(k => k.StartsWith("tokenizer.", StringComparison.Ordinal)))
        {
            Assert.True(m.ContainsKey(key), key);
        }

        Assert.Equal(baseTokens, tokens[..baseTokens.Length]);
        Assert.Equal(["<role>", "</role>", "<|role_end|>"], tokens[baseTokens.Length..]);
        Assert.Equal([3, 3, 3], types[baseTokens.Length..]);
        Assert.Equal(tokens.Length, types.Length);
        Assert.Equal(vocabulary.GetArray(GgufKeys.TokenizerMerges).ReadItems<string>(), m.GetArray(GgufKeys.TokenizerMerges).ReadItems<string>());
        Assert.Equal("gpt2", m.GetString("tokenizer.ggml.model"));
        Assert.Equal("qwen2", m.GetString("tokenizer.ggml.pre"));

        var endOfTurn = Array.IndexOf(tokens, "<|role_end|>");
        Assert.Equal(151938, endOfTurn);
        Assert.Equal(endOfTurn, tiny.Model.EndOfGenerationTokenId);
        Assert.Equal(endOfTurn, m.GetInt64(GgufKeys.TokenizerEosId));
        Assert.Equal(endOfTurn, m.GetInt64(GgufKeys.TokenizerEotId));
    }

    [Fact]
    public void Its_chat_template_is_detected_as_bailing2()
    {
        var template = tiny.File.Metadata.GetString(GgufKeys.ChatTemplate);

        Assert.Equal("bailing2", ChatTemplateDetector.Detect(template));
        Assert.Contains("<role>HUMAN</role>", template, StringComparison.Ordinal);
        Assert.Contains("<role>ASSISTANT</role>", template, StringComparison.Ordinal);
        Assert.Contains("<|role_end|>", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabulary_size_metadata_arrays_and_matrices_agree()
    {
        var m = tiny.File.Metadata;
        var vocabulary = m.GetArray(GgufKeys.TokenizerTokens).Count;

        Assert.Equal(151939, vocabulary);
        Assert.Equal(vocabulary, tiny.Model.VocabularySize);
        Assert.Equal(vocabulary, m.GetInt64(Arch + "vocab_size"));
        Assert.Equal(vocabulary, m.GetArray(GgufKeys.TokenizerTokenType).Count);
        Assert.Equal(vocabulary, tiny.File.FindTensor("token_embd.weight")!.Shape[1]);
        Assert.Equal(vocabulary, tiny.File.FindTensor("output.weight")!.Shape[1]);
    }

    [Fact]
    public void It_has_exactly_the_tensors_bailingmoe2_loads_with_their_shapes_and_types()
    {
        const long n = 64, vocab = 151939, qkv = (4 + (2 * 2)) * 16, ff = 256, experts = 8, expertFf = 64, sharedFf = 64;
        var expected = new List<(string Name, long[] Shape, GgmlType Type)>
        {
            ("token_embd.weight", [n, vocab], GgmlType.Q8_0),
            ("output_norm.weight", [n], GgmlType.F32),
            ("output.weight", [n, vocab], GgmlType.Q8_0),
        };
        for (var i = 0; i < 3; i++)
        {
            expected.Add(($"blk.{i}.attn_norm.weight", [n], GgmlType.F32));
            expected.Add(($"blk.{i}.attn_qkv.weight", [n, qkv], GgmlType.F16));
            expected.Add(($"blk.{i}.attn_q_norm.weight", [16], GgmlType.F32));
            expected.Add(($"blk.{i}.attn_k_norm.weight", [16], GgmlType.F32));
            expected.Add(($"blk.{i}.attn_output.weight", [n, n], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_norm.weight", [n], GgmlType.F32));
            if (i == 0)
            {
                expected.Add(($"blk.{i}.ffn_gate.weight", [n, ff], GgmlType.F16));
                expected.Add(($"blk.{i}.ffn_up.weight", [n, ff], GgmlType.F16));
                expected.Add(($"blk.{i}.ffn_down.weight", [ff, n], GgmlType.F16));
                continue;
            }

            expected.Add(($"blk.{i}.ffn_gate_inp.weight", [n, experts], GgmlType.F32));
            expected.Add(($"blk.{i}.exp_probs_b.bias", [experts], GgmlType.F32));
            expected.Add(($"blk.{i}.ffn_gate_exps.weight", [n, expertFf, experts], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_up_exps.weight", [n, expertFf, experts], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_down_exps.weight", [expertFf, n, experts], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_gate_shexp.weight", [n, sharedFf], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_up_shexp.weight", [n, sharedFf], GgmlType.F16));
            expected.Add(($"blk.{i}.ffn_down_shexp.weight", [sharedFf, n], GgmlType.F16));
        }

        var actual = tiny.File.Tensors.ToDictionary(t => t.Name);
        Assert.Equal(expected.Select(e => e.Name).Order(), actual.Keys.Order());
        foreach (var (name, shape, type) in expected)
        {
            Assert.Equal(shape, actual[name].Shape);
            Assert.Equal(type, actual[name].Type);
        }
    }

    [Fact]
    public void Norms_are_one_and_the_output_head_is_scaled_up_for_a_clear_top_token()
    {
        Assert.All(tiny.File.Tensors.Where(t => t.Name.EndsWith("norm.weight", StringComparison.Ordinal)), t =>
            Assert.All(tiny.File.ReadTensorAsFloat32(t), v => Assert.Equal(1.0f, v)));

        var output = tiny.File.ReadTensorAsFloat32(tiny.File.FindTensor("output.weight")!);
        var qkv = tiny.File.ReadTensorAsFloat32(tiny.File.FindTensor("blk.1.attn_qkv.weight")!);
        var outputRms = Rms(output);
        Assert.InRange(outputRms * MathF.Sqrt(64), 15, 17);
        Assert.True(outputRms > 3 * Rms(qkv));
        Assert.DoesNotContain(output, float.IsNaN);
    }

    [Fact]
    public async Task A_missing_vocabulary_is_a_clear_error()
    {
        using var temp = new TempDirectory();

        var error = await Assert.ThrowsAsync<GgufFormatException>(() =>
            DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, temp.File("x.gguf"), vocabPath: temp.File("missing-vocab.gguf")));

        Assert.Equal(GgufErrorCodes.FileNotFound, error.Code);
        Assert.Contains("'missing-vocab.gguf'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_small_size_is_about_a_billion_parameters_with_a_quarter_billion_active()
    {
        var spec = DemoModelSpec.For(DemoModelSize.Small);
        const long vocab = 151939;
        long n = spec.EmbeddingLength;
        var attention = (n * spec.QkvLength) + (n * n) + (2 * spec.HeadDimension) + (2 * n);
        var dense = 3 * n * spec.FeedForwardLength;
        var expert = 3 * n * spec.ExpertFeedForwardLength;
        var moeShared = (3 * n * spec.SharedExpertFeedForwardLength) + (n * spec.ExpertCount) + spec.ExpertCount;
        var total = (2 * vocab * n) + n + (spec.LayerCount * attention) + dense + (spec.MoeLayerCount * (moeShared + (spec.ExpertCount * expert)));
        var active = total - (spec.MoeLayerCount * (spec.ExpertCount - spec.ExpertUsedCount) * expert);

        Assert.InRange(total, 0.9e9, 1.1e9);
        Assert.InRange(active, 0.2e9, 0.3e9);
        Assert.Equal(GgmlType.Q8_0, spec.MatrixType);
        Assert.Equal(spec.EmbeddingLength, spec.HeadCount * spec.HeadDimension);
        Assert.Equal(0, spec.ExpertFeedForwardLength % 32);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static float Rms(float[] values) => MathF.Sqrt(values.Sum(v => v * v) / values.Length);
}
