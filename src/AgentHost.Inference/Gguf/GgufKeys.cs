namespace AgentHost.Inference.Gguf;

/// <summary>Metadata keys AgentHost reads or writes (names as in llama.cpp's llama-arch.cpp).</summary>
public static class GgufKeys
{
    public const string Architecture = "general.architecture";
    public const string Name = "general.name";
    public const string Alignment = "general.alignment";
    public const string FileType = "general.file_type";
    public const string QuantizationVersion = "general.quantization_version";
    public const string Description = "general.description";

    public const string TokenizerPrefix = "tokenizer.";
    public const string TokenizerTokens = "tokenizer.ggml.tokens";
    public const string TokenizerTokenType = "tokenizer.ggml.token_type";
    public const string TokenizerMerges = "tokenizer.ggml.merges";
    public const string TokenizerEosId = "tokenizer.ggml.eos_token_id";
    public const string TokenizerEotId = "tokenizer.ggml.eot_token_id";
    public const string ChatTemplate = "tokenizer.chat_template";

    public const string DemoFlag = "agenthost.demo";
    public const string DemoSize = "agenthost.demo.size";
    public const string DemoSeed = "agenthost.demo.seed";

    /// <summary>An architecture-scoped key, e.g. <c>ForArchitecture("bailingmoe2", "block_count")</c>.</summary>
    public static string ForArchitecture(string architecture, string suffix) => $"{architecture}.{suffix}";
}
