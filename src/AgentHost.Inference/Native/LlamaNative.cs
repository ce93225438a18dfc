using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>
/// The subset of llama.h that AgentHost uses. Library name "llama" is resolved by <see cref="LlamaLibraryResolver"/>
/// to the pinned CPU or CUDA build; nothing here loads until <see cref="LlamaBackend.Initialize"/> has run.
/// </summary>
internal static unsafe partial class LlamaNative
{
    private const string Lib = "llama";

    // Backend and defaults
    [LibraryImport(Lib)] public static partial void llama_backend_init();
    [LibraryImport(Lib)] public static partial LlamaModelParams llama_model_default_params();
    [LibraryImport(Lib)] public static partial LlamaContextParams llama_context_default_params();
    [LibraryImport(Lib)] public static partial LlamaSamplerChainParams llama_sampler_chain_default_params();
    [LibraryImport(Lib)] public static partial void llama_log_set(delegate* unmanaged[Cdecl]<int, byte*, void*, void> callback, void* userData);
    [LibraryImport(Lib)] public static partial byte* llama_print_system_info();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_supports_gpu_offload();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_supports_mmap();
    [LibraryImport(Lib)] public static partial nuint llama_max_devices();
    [LibraryImport(Lib)] public static partial nuint llama_max_parallel_sequences();

    // Model
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint llama_model_load_from_file(string path, LlamaModelParams parameters);
    [LibraryImport(Lib)] public static partial void llama_model_free(nint model);
    [LibraryImport(Lib)] public static partial nint llama_model_get_vocab(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial int llama_model_n_ctx_train(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial int llama_model_n_embd(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial int llama_model_n_layer(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial int llama_model_n_head(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial ulong llama_model_n_params(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial ulong llama_model_size(SafeLlamaModelHandle model);
    [LibraryImport(Lib)] public static partial int llama_model_desc(SafeLlamaModelHandle model, byte* buffer, nuint size);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int llama_model_meta_val_str(SafeLlamaModelHandle model, string key, byte* buffer, nuint size);
    [LibraryImport(Lib)] public static partial byte* llama_model_chat_template(SafeLlamaModelHandle model, byte* name);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_model_has_encoder(SafeLlamaModelHandle model);

    // Context
    [LibraryImport(Lib)] public static partial nint llama_init_from_model(SafeLlamaModelHandle model, LlamaContextParams parameters);
    [LibraryImport(Lib)] public static partial void llama_free(nint context);
    [LibraryImport(Lib)] public static partial uint llama_n_ctx(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial uint llama_n_ctx_seq(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial uint llama_n_batch(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial uint llama_n_seq_max(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial int llama_pooling_type(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial void llama_set_n_threads(SafeLlamaContextHandle context, int threads, int threadsBatch);
    [LibraryImport(Lib)] public static partial void llama_set_embeddings(SafeLlamaContextHandle context, [MarshalAs(UnmanagedType.U1)] bool embeddings);
    [LibraryImport(Lib)] public static partial void llama_synchronize(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial int llama_decode(SafeLlamaContextHandle context, LlamaBatch batch);
    [LibraryImport(Lib)] public static partial int llama_encode(SafeLlamaContextHandle context, LlamaBatch batch);
    [LibraryImport(Lib)] public static partial float* llama_get_logits_ith(SafeLlamaContextHandle context, int i);
    [LibraryImport(Lib)] public static partial float* llama_get_embeddings_ith(SafeLlamaContextHandle context, int i);
    [LibraryImport(Lib)] public static partial float* llama_get_embeddings_seq(SafeLlamaContextHandle context, int seqId);
    [LibraryImport(Lib)] public static partial LlamaPerfContextData llama_perf_context(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial void llama_perf_context_reset(SafeLlamaContextHandle context);

    // Memory (KV cache) per sequence
    [LibraryImport(Lib)] public static partial nint llama_get_memory(SafeLlamaContextHandle context);
    [LibraryImport(Lib)] public static partial void llama_memory_clear(nint memory, [MarshalAs(UnmanagedType.U1)] bool data);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_memory_seq_rm(nint memory, int seqId, int p0, int p1);
    [LibraryImport(Lib)] public static partial void llama_memory_seq_cp(nint memory, int srcSeqId, int dstSeqId, int p0, int p1);
    [LibraryImport(Lib)] public static partial void llama_memory_seq_keep(nint memory, int seqId);
    [LibraryImport(Lib)] public static partial int llama_memory_seq_pos_min(nint memory, int seqId);
    [LibraryImport(Lib)] public static partial int llama_memory_seq_pos_max(nint memory, int seqId);

    // State per sequence
    [LibraryImport(Lib)] public static partial nuint llama_state_seq_get_size(SafeLlamaContextHandle context, int seqId);
    [LibraryImport(Lib)] public static partial nuint llama_state_seq_get_data(SafeLlamaContextHandle context, byte* destination, nuint size, int seqId);
    [LibraryImport(Lib)] public static partial nuint llama_state_seq_set_data(SafeLlamaContextHandle context, byte* source, nuint size, int destinationSeqId);

    // Vocabulary, tokenizer, chat template
    [LibraryImport(Lib)] public static partial int llama_vocab_n_tokens(nint vocab);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_vocab_is_eog(nint vocab, int token);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_vocab_is_control(nint vocab, int token);
    [LibraryImport(Lib)] public static partial int llama_vocab_bos(nint vocab);
    [LibraryImport(Lib)] public static partial int llama_vocab_eos(nint vocab);
    [LibraryImport(Lib)] public static partial int llama_vocab_eot(nint vocab);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool llama_vocab_get_add_bos(nint vocab);
    [LibraryImport(Lib)] public static partial byte* llama_vocab_get_text(nint vocab, int token);
    [LibraryImport(Lib)]
    public static partial int llama_tokenize(nint vocab, byte* text, int textLength, int* tokens, int maxTokens,
        [MarshalAs(UnmanagedType.U1)] bool addSpecial, [MarshalAs(UnmanagedType.U1)] bool parseSpecial);
    [LibraryImport(Lib)]
    public static partial int llama_token_to_piece(nint vocab, int token, byte* buffer, int length, int lstrip,
        [MarshalAs(UnmanagedType.U1)] bool special);
    [LibraryImport(Lib)]
    public static partial int llama_detokenize(nint vocab, int* tokens, int tokenCount, byte* text, int maxLength,
        [MarshalAs(UnmanagedType.U1)] bool removeSpecial, [MarshalAs(UnmanagedType.U1)] bool unparseSpecial);
    [LibraryImport(Lib)]
    public static partial int llama_chat_apply_template(byte* template, LlamaChatMessage* chat, nuint messageCount,
        [MarshalAs(UnmanagedType.U1)] bool addAssistant, byte* buffer, int length);

    // Samplers
    [LibraryImport(Lib)] public static partial nint llama_sampler_chain_init(LlamaSamplerChainParams parameters);
    [LibraryImport(Lib)] public static partial void llama_sampler_chain_add(SafeLlamaSamplerHandle chain, nint sampler);
    [LibraryImport(Lib)] public static partial int llama_sampler_chain_n(SafeLlamaSamplerHandle chain);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_greedy();
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_dist(uint seed);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_top_k(int k);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_top_p(float p, nuint minKeep);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_min_p(float p, nuint minKeep);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_temp(float temperature);
    [LibraryImport(Lib)]
    public static partial nint llama_sampler_init_penalties(int lastN, float repeat, float frequency, float presence);
    [LibraryImport(Lib)] public static partial nint llama_sampler_init_logit_bias(int vocabSize, int count, LlamaLogitBias* biases);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint llama_sampler_init_grammar(nint vocab, string grammar, string root);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint llama_sampler_init_grammar_lazy_patterns(nint vocab, string grammar, string root,
        byte** triggerPatterns, nuint patternCount, int* triggerTokens, nuint tokenCount);
    [LibraryImport(Lib)] public static partial int llama_sampler_sample(SafeLlamaSamplerHandle sampler, SafeLlamaContextHandle context, int index);
    [LibraryImport(Lib)] public static partial void llama_sampler_accept(SafeLlamaSamplerHandle sampler, int token);
    [LibraryImport(Lib)] public static partial void llama_sampler_reset(SafeLlamaSamplerHandle sampler);
    [LibraryImport(Lib)] public static partial void llama_sampler_free(nint sampler);
}
