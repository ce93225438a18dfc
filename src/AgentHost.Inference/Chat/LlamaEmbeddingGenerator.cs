using System.Numerics.Tensors;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Native;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Chat;

/// <summary>
/// Microsoft.Extensions.AI <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over a GGUF model: its own llama
/// context with mean pooling, one text at a time (embedding is a short prompt-only pass), L2-normalized vectors so
/// a dot product is the cosine similarity.
/// </summary>
public sealed unsafe class LlamaEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int PoolingMean = 1;

    private readonly LlamaModel _model;
    private readonly SafeLlamaContextHandle _context;
    private readonly NativeBatch _batch;
    private readonly Lock _gate = new();
    private readonly int _maxTokens;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly bool _ownsModel;

    /// <param name="model">The embedding model.</param>
    /// <param name="maxTokens">Longest text embedded (its context size).</param>
    /// <param name="threads">CPU threads; 0 = one per processor.</param>
    /// <param name="ownsModel">Dispose the model with the generator (when the generator loaded it for the host).</param>
    public LlamaEmbeddingGenerator(LlamaModel model, int maxTokens = 512, int threads = 0, bool ownsModel = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _maxTokens = maxTokens;
        _ownsModel = ownsModel;
        var parameters = LlamaNative.llama_context_default_params();
        parameters.n_ctx = (uint)maxTokens;
        parameters.n_batch = (uint)maxTokens;
        parameters.n_ubatch = (uint)maxTokens;
        parameters.n_seq_max = 1;
        parameters.embeddings = 1;
        parameters.pooling_type = PoolingMean;
        parameters.n_threads = threads > 0 ? threads : Environment.ProcessorCount;
        parameters.n_threads_batch = parameters.n_threads;
        parameters.no_perf = 1;
        var raw = LlamaNative.llama_init_from_model(model.Handle, parameters);
        if (raw == 0)
        {
            throw new ModelLoadException("context_create_failed", $"llama.cpp could not create an embedding context for '{model.Info.Name}'.");
        }

        _context = new SafeLlamaContextHandle(raw, model.Handle);
        _batch = new NativeBatch(maxTokens);
        Dimensions = model.Info.EmbeddingLength;
        _metadata = new EmbeddingGeneratorMetadata("agenthost-llama.cpp", null, model.Info.Name, Dimensions);
    }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = _model.Info.Name, CreatedAt = DateTimeOffset.UtcNow });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        _batch.Dispose();
        _context.Dispose();
        if (_ownsModel)
        {
            _model.Dispose();
        }
    }

    private float[] Embed(string text)
    {
        var tokens = _model.Vocabulary.Tokenize(text, addSpecial: true, parseSpecial: false);
        if (tokens.Length == 0)
        {
            tokens = _model.Vocabulary.Tokenize(" ", addSpecial: true, parseSpecial: false);
        }

        // Long passages are embedded by their beginning; the knowledge chunker keeps chunks well below this.
        var count = Math.Min(tokens.Length, _maxTokens);
        lock (_gate)
        {
            LlamaNative.llama_memory_clear(LlamaNative.llama_get_memory(_context), data: true);
            _batch.Clear();
            for (var i = 0; i < count; i++)
            {
                _batch.Add(tokens[i], i, 0, wantLogits: true);
            }

            var result = LlamaNative.llama_decode(_context, _batch.AsNative());
            if (result != 0)
            {
                throw new GenerationFailedException("embedding_failed", $"llama.cpp could not embed a text of {count} tokens (code {result}).");
            }

            var pooled = LlamaNative.llama_get_embeddings_seq(_context, 0);
            if (pooled is null)
            {
                throw new GenerationFailedException("embedding_failed", "llama.cpp returned no pooled embedding.");
            }

            var vector = new ReadOnlySpan<float>(pooled, Dimensions).ToArray();
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            return vector;
        }
    }
}
