using System.Numerics.Tensors;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.AI;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// Shared by both stores: chunks a document, embeds its chunks (when a generator is given) and computes the index
/// key, hash of content + chunking + embedding model, so a change of any of them re-ingests the document.
/// </summary>
public sealed class DocumentPreparer
{
    /// <summary>Bumped when tokenization or chunking changes meaning, forcing a re-index of every document.</summary>
    private const int PipelineVersion = 1;

    private readonly TextChunker _chunker;
    private readonly ChunkingOptions _chunking;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private readonly string _embeddingKey;

    public DocumentPreparer(ITokenCounter counter, ChunkingOptions chunking, IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        ArgumentNullException.ThrowIfNull(chunking);
        _chunker = new TextChunker(counter, chunking);
        _chunking = chunking;
        _embeddings = embeddings;
        var metadata = embeddings?.GetService<EmbeddingGeneratorMetadata>();
        _embeddingKey = embeddings is null ? "none" : $"{metadata?.ProviderName}/{metadata?.DefaultModelId}/{metadata?.DefaultModelDimensions}";
    }

    public bool HasEmbeddings => _embeddings is not null;

    public string IndexKeyFor(SourceDocument document) =>
        $"{document.ContentHash}|p{PipelineVersion}|c{_chunking.MaxTokens}/{_chunking.OverlapTokens}|e{_embeddingKey}";

    public async Task<PreparedDocument> PrepareAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = _chunker.Chunk(document);
        IReadOnlyList<float[]>? vectors = null;
        if (_embeddings is not null && chunks.Count > 0)
        {
            var generated = await _embeddings.GenerateAsync(chunks.Select(c => EmbeddingText(document, c)), cancellationToken: cancellationToken).ConfigureAwait(false);
            vectors = generated.Select(e => Normalized(e.Vector.Span)).ToList();
        }

        return new PreparedDocument(document, chunks, vectors, IndexKeyFor(document));
    }

    public async Task<float[]?> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        if (_embeddings is null)
        {
            return null;
        }

        var embedding = await _embeddings.GenerateAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Normalized(embedding.Vector.Span);
    }

    /// <summary>What is indexed for a chunk: title and section path help both BM25 and embeddings place it.</summary>
    public static string IndexedText(SourceDocument document, DocumentChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chunk);
        return $"{document.Title}\n{chunk.SectionPath}\n{chunk.Text}";
    }

    private static string EmbeddingText(SourceDocument document, DocumentChunk chunk) => IndexedText(document, chunk);

    /// <summary>Unit length, so a dot product is the cosine similarity.</summary>
    private static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        var norm = TensorPrimitives.Norm(result);
        if (norm > 0)
        {
            TensorPrimitives.Divide(result, norm, result);
        }

        return result;
    }
}
