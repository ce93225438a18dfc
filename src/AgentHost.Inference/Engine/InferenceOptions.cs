namespace AgentHost.Inference.Engine;

/// <summary>The <c>Inference</c> configuration section: which model, where llama.cpp is, and how to run it.</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Inference";

    /// <summary>Path of the GGUF model. Empty: the host generates and serves the random-weight demo model.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Folder of libllama/libggml. Empty: <c>llama/cpu</c> or <c>llama/cuda</c> next to the app.</summary>
    public string? LibraryDirectory { get; set; }

    public LlamaBackendKind Backend { get; set; } = LlamaBackendKind.Cpu;

    /// <summary>Total KV-cache cells shared by all sequences (kv_unified).</summary>
    public int ContextSize { get; set; } = 8192;

    /// <summary>Most tokens decoded in one step (llama n_batch).</summary>
    public int BatchSize { get; set; } = 512;

    /// <summary>Most requests generating at once (llama n_seq_max).</summary>
    public int MaxSequences { get; set; } = 8;

    /// <summary>Most requests waiting for a sequence; more are refused at once as busy.</summary>
    public int MaxQueuedRequests { get; set; } = 32;

    /// <summary>CPU threads for decoding; 0 = one per processor.</summary>
    public int Threads { get; set; }

    /// <summary>CPU threads for prompt processing; 0 = same as <see cref="Threads"/>.</summary>
    public int BatchThreads { get; set; }

    /// <summary>Layers offloaded to the GPU; -1 = all. Ignored on the CPU backend.</summary>
    public int GpuLayers { get; set; } = -1;

    public int MainGpu { get; set; }

    /// <summary>Keep the MoE experts of the first N layers in CPU RAM (how a 100B MoE fits one GPU).</summary>
    public int ExpertsOnCpuLayers { get; set; }

    public bool UseMmap { get; set; } = true;

    /// <summary>
    /// An embedding GGUF (e.g. a bge or gte model). When set, knowledge retrieval adds dense vectors to its lexical
    /// index; when empty, retrieval is lexical (BM25 over CJK bigrams and words) only.
    /// </summary>
    public string? EmbeddingModelPath { get; set; }

    /// <summary>Where the generated demo model is written when no model is configured.</summary>
    public string DemoModelDirectory { get; set; } = "data/models";

    /// <summary>Size of the generated demo model: tiny (default) or small.</summary>
    public string DemoModelSize { get; set; } = "tiny";
}
