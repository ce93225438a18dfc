using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

/// <summary>The reader on a real GGUF: llama.cpp's qwen2 vocabulary, which the build copies next to the tests.</summary>
public sealed class QwenVocabularyTests
{
    private static readonly string _path = Path.Combine(AppContext.BaseDirectory, "llama", "vocab", "ggml-vocab-qwen2.gguf");

    [Fact]
    public void Reads_the_header_and_scalar_metadata()
    {
        var file = GgufReader.Read(_path);

        Assert.Equal(3u, file.Version);
        Assert.Equal("qwen2", file.Architecture);
        Assert.Empty(file.Tensors);
        Assert.Equal(20, file.Metadata.Count);
        Assert.Equal("gpt2", file.Metadata.GetString("tokenizer.ggml.model"));
        Assert.Equal("qwen2", file.Metadata.GetString("tokenizer.ggml.pre"));
        Assert.Equal(151643u, file.Metadata.GetUInt32(GgufKeys.TokenizerEosId));
        Assert.Equal(32768, file.Metadata.GetInt64("qwen2.context_length"));
        Assert.Equal(1e-6, file.Metadata.GetDouble("qwen2.attention.layer_norm_rms_epsilon"), 1e-12);
        Assert.Equal("chatml", ChatTemplateDetector.Detect(file.Metadata.GetString(GgufKeys.ChatTemplate)));
    }

    [Fact]
    public void Keeps_the_tokenizer_arrays_in_the_file_and_reads_them_on_demand()
    {
        var metadata = GgufReader.Read(_path).Metadata;

        var tokens = metadata.GetArray(GgufKeys.TokenizerTokens);
        Assert.False(tokens.IsInMemory);
        Assert.Equal(151936, tokens.Count);
        var values = tokens.ReadItems<string>();
        Assert.Equal("!", values[0]);
        Assert.Equal("<|endoftext|>", values[151643]);
        Assert.Equal("<|im_start|>", values[151644]);

        var types = metadata.GetArray(GgufKeys.TokenizerTokenType).ReadItems<int>();
        Assert.Equal(151936, types.Length);
        Assert.Equal(3, types[151643]);
        Assert.Equal(1, types[0]);

        var merges = metadata.GetArray(GgufKeys.TokenizerMerges);
        Assert.Equal(151387, merges.Count);
        Assert.Equal("Ġ Ġ", merges.ReadItems<string>()[0]);
        Assert.Throws<InvalidOperationException>(() => merges.ReadItems<int>());
    }

    [Fact]
    public void Inspects_as_a_vocabulary_only_qwen2_model()
    {
        var summary = ModelInspector.Inspect(_path);

        Assert.Equal("qwen2", summary.Architecture);
        Assert.Equal(0, summary.ParameterCount);
        Assert.Equal(151936, summary.VocabularySize);
        Assert.Equal("F16", summary.FileTypeName);
        Assert.False(summary.IsDemo);
        Assert.False(summary.IsMixtureOfExperts);
    }
}
