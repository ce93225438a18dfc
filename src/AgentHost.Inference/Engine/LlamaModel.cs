using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AgentHost.Inference.Native;
using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Engine;

/// <summary>A GGUF model loaded by llama.cpp, with its vocabulary and chat template.</summary>
public sealed unsafe class LlamaModel : IDisposable
{
    private readonly SafeLlamaModelHandle _handle;

    private LlamaModel(SafeLlamaModelHandle handle, ModelInfo info)
    {
        _handle = handle;
        Info = info;
        Vocabulary = new LlamaVocabulary(handle);
        ChatTemplate = new ChatTemplate(info.ChatTemplate);
    }

    public ModelInfo Info { get; }

    public LlamaVocabulary Vocabulary { get; }

    public ChatTemplate ChatTemplate { get; }

    internal SafeLlamaModelHandle Handle => _handle;

    /// <summary>
    /// Loads a GGUF file. Initializes llama.cpp from <see cref="InferenceOptions.LibraryDirectory"/> (or the default
    /// folder of <see cref="InferenceOptions.Backend"/>) on first use.
    /// </summary>
    public static LlamaModel Load(string path, InferenceOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        var fullPath = Path.GetFullPath(path);
        ModelFileCheck.ThrowIfUnusable(fullPath);
        LlamaBackend.Initialize(
            string.IsNullOrWhiteSpace(options.LibraryDirectory) ? LlamaBackend.DefaultDirectory(options.Backend) : options.LibraryDirectory,
            logger);

        var parameters = LlamaNative.llama_model_default_params();
        parameters.n_gpu_layers = options.Backend == LlamaBackendKind.Cpu ? 0 : options.GpuLayers;
        parameters.main_gpu = options.MainGpu;
        parameters.load_mode = options.UseMmap ? 1 : 0;

        using var overrides = ExpertPlacement.KeepExpertsOnCpu(options.ExpertsOnCpuLayers);
        parameters.tensor_buft_overrides = overrides.Pointer;

        var raw = LlamaNative.llama_model_load_from_file(fullPath, parameters);
        if (raw == 0)
        {
            throw new ModelLoadException("model_load_failed",
                $"llama.cpp could not load '{Path.GetFileName(fullPath)}': unsupported architecture, damaged tensor data, or not enough memory (the log has llama.cpp's reason).");
        }

        var handle = new SafeLlamaModelHandle(raw);
        try
        {
            return new LlamaModel(handle, ReadInfo(handle, fullPath));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public void Dispose() => _handle.Dispose();

    internal string? ReadMetadata(string key) => ReadMetadata(_handle, key);

    private static ModelInfo ReadInfo(SafeLlamaModelHandle handle, string path)
    {
        var description = stackalloc byte[256];
        var length = LlamaNative.llama_model_desc(handle, description, 256);
        var template = LlamaNative.llama_model_chat_template(handle, null);
        return new ModelInfo
        {
            Path = path,
            Name = ReadMetadata(handle, "general.name") ?? Path.GetFileNameWithoutExtension(path),
            Architecture = ReadMetadata(handle, "general.architecture") ?? "unknown",
            Description = length > 0 ? Encoding.UTF8.GetString(description, Math.Min(length, 255)) : "",
            Parameters = (long)LlamaNative.llama_model_n_params(handle),
            SizeBytes = (long)LlamaNative.llama_model_size(handle),
            TrainedContextLength = LlamaNative.llama_model_n_ctx_train(handle),
            EmbeddingLength = LlamaNative.llama_model_n_embd(handle),
            Layers = LlamaNative.llama_model_n_layer(handle),
            VocabularySize = LlamaNative.llama_vocab_n_tokens(LlamaNative.llama_model_get_vocab(handle)),
            IsDemo = string.Equals(ReadMetadata(handle, "agenthost.demo"), "true", StringComparison.OrdinalIgnoreCase),
            ChatTemplate = template is null ? null : Marshal.PtrToStringUTF8((nint)template),
        };
    }

    private static string? ReadMetadata(SafeLlamaModelHandle handle, string key)
    {
        var size = LlamaNative.llama_model_meta_val_str(handle, key, null, 0);
        if (size < 0)
        {
            return null;
        }

        var buffer = new byte[size + 1];
        fixed (byte* p = buffer)
        {
            LlamaNative.llama_model_meta_val_str(handle, key, p, (nuint)buffer.Length);
        }

        return Encoding.UTF8.GetString(buffer, 0, size);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Info.Name} ({Info.Architecture}, {Info.Parameters / 1e6:F0}M params)");
}
