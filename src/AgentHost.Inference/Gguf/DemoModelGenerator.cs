namespace AgentHost.Inference.Gguf;

/// <summary>
/// Writes a random-weight <c>bailingmoe2</c> GGUF, the architecture of AntAngelMed (Ling-flash-2.0) scaled down, with
/// llama.cpp's real qwen2 tokenizer plus Ling 2.0's chat tokens. The same size and seed always give the same bytes.
/// It loads and runs in llama.cpp; its text is gibberish, but it exercises the real code paths (MoE routing, QK-norm,
/// partial RoPE, the bailing2 template) in tests, benchmarks and the out-of-the-box demo.
/// </summary>
public static class DemoModelGenerator
{
    public const string Architecture = "bailingmoe2";
    public const string ModelName = "AgentHost demo model (random weights)";
    public const string VocabularyFileName = "ggml-vocab-qwen2.gguf";

    /// <summary>RMS of the logits over a unit-RMS final hidden state. Large enough that the best token leads the
    /// next by a margin far above float rounding, so greedy decoding gives the same tokens alone or batched.</summary>
    private const float OutputGain = 16.0f;

    /// <summary>Router logits spread wide enough that expert choice is not a near-tie.</summary>
    private const float RouterGain = 8.0f;

    private const float ExpertBiasAmplitude = 0.05f;

    /// <summary>Gain of each attention and feed-forward output into the residual stream. Small, so the numerical noise
    /// that batching adds inside a branch (other KV layouts, other kernel tilings, a near-tie in expert routing) stays
    /// far below the logit margins.</summary>
    private const float BranchGain = 0.1f;

    /// <summary>Writes the demo model of <paramref name="size"/> to <paramref name="path"/>.</summary>
    /// <param name="size">Tiny for tests, Small for benchmarks.</param>
    /// <param name="path">The GGUF file to write; it is replaced as a whole once complete.</param>
    /// <param name="seed">Seeds every weight; the same seed gives a byte-identical file.</param>
    /// <param name="vocabPath">llama.cpp's <c>ggml-vocab-qwen2.gguf</c>; found by <see cref="FindVocabularyPath"/> when null.</param>
    /// <param name="cancellationToken">Stops the write; no file is left at <paramref name="path"/>.</param>
    /// <exception cref="GgufFormatException">The vocabulary is missing or unusable.</exception>
    public static async Task<GeneratedDemoModel> WriteAsync(
        DemoModelSize size,
        string path,
        int seed = 42,
        string? vocabPath = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        vocabPath ??= FindVocabularyPath() ?? throw new GgufFormatException(
            GgufErrorCodes.FileNotFound,
            $"The tokenizer vocabulary '{VocabularyFileName}' was found neither next to the application (llama/vocab/) "
            + "nor in the source tree (native/llama/models/); build AgentHost once, or give its path.");

        var spec = DemoModelSpec.For(size);
        var tokenizer = DemoTokenizer.Load(vocabPath);
        var writer = CreateWriter(spec, tokenizer, seed);
        await writer.WriteAsync(path, cancellationToken).ConfigureAwait(false);

        var (total, active) = CountParameters(spec, writer.Tensors);
        return new GeneratedDemoModel(
            path, spec, seed, tokenizer.VocabularySize, tokenizer.EndOfTurnTokenId, total, active, new FileInfo(path).Length);
    }

    /// <summary>
    /// The qwen2 vocabulary GGUF: next to the application (<c>llama/vocab/</c>, where the build copies it), else in a
    /// source tree above the application or the working directory (<c>native/llama/models/</c>); null when absent.
    /// </summary>
    public static string? FindVocabularyPath()
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, "llama", "vocab", VocabularyFileName);
        if (File.Exists(besideApp))
        {
            return besideApp;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "native", "llama", "models", VocabularyFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static GgufWriter CreateWriter(DemoModelSpec spec, DemoTokenizer tokenizer, int seed)
    {
        var writer = new GgufWriter();
        AddMetadata(writer, spec, tokenizer, seed);

        var n = spec.EmbeddingLength;
        var vocabulary = tokenizer.VocabularySize;
        Matrix(writer, spec.VocabularyMatrixType, "token_embd.weight", [n, vocabulary], DemoWeights.Uniform(seed, "token_embd.weight", MathF.Sqrt(3)));

        for (var layer = 0; layer < spec.LayerCount; layer++)
        {
            AddLayer(writer, spec, seed, layer);
        }

        Norm(writer, "output_norm.weight", n);
        Matrix(writer, spec.VocabularyMatrixType, "output.weight", [n, vocabulary], DemoWeights.Scaled(seed, "output.weight", n, OutputGain));
        return writer;
    }

    private static void AddMetadata(GgufWriter writer, DemoModelSpec spec, DemoTokenizer tokenizer, int seed)
    {
        string Arch(string suffix) => GgufKeys.ForArchitecture(Architecture, suffix);

        writer.AddMetadata(GgufKeys.Architecture, GgufValue.From(Architecture));
        writer.AddMetadata("general.type", GgufValue.From("model"));
        writer.AddMetadata(GgufKeys.Name, GgufValue.From(ModelName));
        writer.AddMetadata(
            GgufKeys.Description,
            GgufValue.From("Random weights in the Ling 2.0 (bailingmoe2) architecture of AntAngelMed, for tests and demos. Not a language model."));

        writer.AddMetadata(Arch("vocab_size"), GgufValue.From((uint)tokenizer.VocabularySize));
        writer.AddMetadata(Arch("context_length"), GgufValue.From((uint)spec.ContextLength));
        writer.AddMetadata(Arch("embedding_length"), GgufValue.From((uint)spec.EmbeddingLength));
        writer.AddMetadata(Arch("block_count"), GgufValue.From((uint)spec.LayerCount));
        writer.AddMetadata(Arch("nextn_predict_layers"), GgufValue.From(0u));
        writer.AddMetadata(Arch("leading_dense_block_count"), GgufValue.From((uint)spec.LeadingDenseLayerCount));
        writer.AddMetadata(Arch("feed_forward_length"), GgufValue.From((uint)spec.FeedForwardLength));
        writer.AddMetadata(Arch("attention.head_count"), GgufValue.From((uint)spec.HeadCount));
        writer.AddMetadata(Arch("attention.head_count_kv"), GgufValue.From((uint)spec.KvHeadCount));
        writer.AddMetadata(Arch("attention.key_length"), GgufValue.From((uint)spec.HeadDimension));
        writer.AddMetadata(Arch("attention.value_length"), GgufValue.From((uint)spec.HeadDimension));
        writer.AddMetadata(Arch("attention.layer_norm_rms_epsilon"), GgufValue.From(spec.RmsNormEpsilon));
        writer.AddMetadata(Arch("rope.dimension_count"), GgufValue.From((uint)spec.RopeDimensionCount));
        writer.AddMetadata(Arch("rope.freq_base"), GgufValue.From(spec.RopeFreqBase));
        writer.AddMetadata(Arch("expert_count"), GgufValue.From((uint)spec.ExpertCount));
        writer.AddMetadata(Arch("expert_used_count"), GgufValue.From((uint)spec.ExpertUsedCount));
        writer.AddMetadata(Arch("expert_group_count"), GgufValue.From((uint)spec.ExpertGroupCount));
        writer.AddMetadata(Arch("expert_group_used_count"), GgufValue.From((uint)spec.ExpertGroupUsedCount));
        writer.AddMetadata(Arch("expert_shared_count"), GgufValue.From((uint)spec.SharedExpertCount));
        writer.AddMetadata(Arch("expert_feed_forward_length"), GgufValue.From((uint)spec.ExpertFeedForwardLength));
        writer.AddMetadata(Arch("expert_shared_feed_forward_length"), GgufValue.From((uint)spec.SharedExpertFeedForwardLength));
        writer.AddMetadata(Arch("expert_weights_scale"), GgufValue.From(spec.ExpertWeightsScale));
        writer.AddMetadata(Arch("expert_weights_norm"), GgufValue.From(true));
        writer.AddMetadata(Arch("expert_gating_func"), GgufValue.From(2u));
        writer.AddMetadata(GgufKeys.FileType, GgufValue.From(spec.FileType));
        writer.AddMetadata(GgufKeys.QuantizationVersion, GgufValue.From(2u));

        writer.AddMetadata(GgufKeys.DemoFlag, GgufValue.From(true));
        writer.AddMetadata(GgufKeys.DemoSize, GgufValue.From(spec.Size.ToString().ToLowerInvariant()));
        writer.AddMetadata(GgufKeys.DemoSeed, GgufValue.From(seed));

        foreach (var (key, value) in tokenizer.Entries)
        {
            writer.AddMetadata(key, value);
        }
    }

    private static void AddLayer(GgufWriter writer, DemoModelSpec spec, int seed, int layer)
    {
        var n = spec.EmbeddingLength;
        var type = spec.MatrixType;
        string Name(string tensor) => $"blk.{layer}.{tensor}";
        GgufTensorRowSource Weights(string tensor, int fanIn, float gain = 1.0f) => DemoWeights.Scaled(seed, Name(tensor), fanIn, gain);

        Norm(writer, Name("attn_norm.weight"), n);
        Matrix(writer, type, Name("attn_qkv.weight"), [n, spec.QkvLength], Weights("attn_qkv.weight", n));
        Norm(writer, Name("attn_q_norm.weight"), spec.HeadDimension);
        Norm(writer, Name("attn_k_norm.weight"), spec.HeadDimension);
        var attentionWidth = spec.HeadCount * spec.HeadDimension;
        Matrix(writer, type, Name("attn_output.weight"), [attentionWidth, n], Weights("attn_output.weight", attentionWidth, BranchGain));
        Norm(writer, Name("ffn_norm.weight"), n);

        if (layer < spec.LeadingDenseLayerCount)
        {
            var ff = spec.FeedForwardLength;
            Matrix(writer, type, Name("ffn_gate.weight"), [n, ff], Weights("ffn_gate.weight", n));
            Matrix(writer, type, Name("ffn_down.weight"), [ff, n], Weights("ffn_down.weight", ff, BranchGain));
            Matrix(writer, type, Name("ffn_up.weight"), [n, ff], Weights("ffn_up.weight", n));
            return;
        }

        var experts = spec.ExpertCount;
        var expertFf = spec.ExpertFeedForwardLength;
        var sharedFf = spec.SharedExpertFeedForwardLength;

        // The router stays F32, as llama.cpp's quantizer keeps ffn_gate_inp.
        Matrix(writer, GgmlType.F32, Name("ffn_gate_inp.weight"), [n, experts], Weights("ffn_gate_inp.weight", n, RouterGain));
        writer.AddTensor(Name("exp_probs_b.bias"), GgmlType.F32, [experts], DemoWeights.Uniform(seed, Name("exp_probs_b.bias"), ExpertBiasAmplitude));
        Matrix(writer, type, Name("ffn_gate_exps.weight"), [n, expertFf, experts], Weights("ffn_gate_exps.weight", n));
        Matrix(writer, type, Name("ffn_down_exps.weight"), [expertFf, n, experts], Weights("ffn_down_exps.weight", expertFf, BranchGain));
        Matrix(writer, type, Name("ffn_up_exps.weight"), [n, expertFf, experts], Weights("ffn_up_exps.weight", n));
        Matrix(writer, type, Name("ffn_gate_shexp.weight"), [n, sharedFf], Weights("ffn_gate_shexp.weight", n));
        Matrix(writer, type, Name("ffn_down_shexp.weight"), [sharedFf, n], Weights("ffn_down_shexp.weight", sharedFf, BranchGain));
        Matrix(writer, type, Name("ffn_up_shexp.weight"), [n, sharedFf], Weights("ffn_up_shexp.weight", n));
    }

    private static void Matrix(GgufWriter writer, GgmlType type, string name, long[] shape, GgufTensorRowSource rows) =>
        writer.AddTensor(name, type, shape, rows);

    private static void Norm(GgufWriter writer, string name, int length) =>
        writer.AddTensor(name, GgmlType.F32, [length], DemoWeights.Constant(1.0f));

    /// <summary>All parameters, and those one token uses: all but the routed experts it is not sent to.</summary>
    private static (long Total, long Active) CountParameters(DemoModelSpec spec, IReadOnlyList<GgufTensorInfo> tensors)
    {
        var total = tensors.Sum(t => t.ElementCount);
        var routed = tensors.Where(t => t.Name.EndsWith("_exps.weight", StringComparison.Ordinal)).Sum(t => t.ElementCount);
        var unused = routed / spec.ExpertCount * (spec.ExpertCount - spec.ExpertUsedCount);
        return (total, total - unused);
    }
}
