using System.Text;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// Packs whole sentences into chunks of at most <see cref="ChunkingOptions.MaxTokens"/> tokens, section by section
/// (a chunk never crosses a heading), repeating the last sentences of the previous chunk, up to
/// <see cref="ChunkingOptions.OverlapTokens"/>, at the start of the next so that a fact split across the boundary is
/// found whole in one of them. A single sentence longer than the limit is cut into equal pieces.
/// </summary>
public sealed class TextChunker
{
    private readonly ITokenCounter _counter;
    private readonly ChunkingOptions _options;

    public TextChunker(ITokenCounter counter, ChunkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxTokens < 16 || options.OverlapTokens < 0 || options.OverlapTokens >= options.MaxTokens / 2)
        {
            throw new KnowledgeInputException("chunking_invalid", "chunking needs MaxTokens >= 16 and 0 <= OverlapTokens < MaxTokens / 2");
        }

        _counter = counter;
        _options = options;
    }

    public IReadOnlyList<DocumentChunk> Chunk(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = new List<DocumentChunk>();
        foreach (var section in document.Sections)
        {
            ChunkSection(section, chunks);
        }

        return chunks;
    }

    private void ChunkSection(DocumentSection section, List<DocumentChunk> chunks)
    {
        var current = new List<(string Text, int Tokens)>();
        var currentTokens = 0;
        var hasNew = false;

        void Emit()
        {
            if (hasNew)
            {
                var text = Join(current);
                chunks.Add(new DocumentChunk(chunks.Count, section.SectionPath, text, currentTokens));
            }

            // Carry the tail of this chunk into the next as overlap.
            var carried = new List<(string, int)>();
            var carriedTokens = 0;
            for (var i = current.Count - 1; i >= 0 && carriedTokens + current[i].Tokens <= _options.OverlapTokens; i--)
            {
                carried.Insert(0, current[i]);
                carriedTokens += current[i].Tokens;
            }

            current = carried;
            currentTokens = carriedTokens;
            hasNew = false;
        }

        foreach (var sentence in SentenceSplitter.Split(section.Text))
        {
            if (sentence.Trim().Length == 0)
            {
                continue;
            }

            foreach (var piece in SplitLong(sentence))
            {
                if (currentTokens + piece.Tokens > _options.MaxTokens && hasNew)
                {
                    Emit();
                }

                while (currentTokens + piece.Tokens > _options.MaxTokens && current.Count > 0)
                {
                    // The overlap alone plus this piece would not fit: drop the oldest overlap sentence.
                    currentTokens -= current[0].Tokens;
                    current.RemoveAt(0);
                }

                current.Add(piece);
                currentTokens += piece.Tokens;
                hasNew = true;
            }
        }

        if (hasNew)
        {
            Emit();
        }
    }

    private IEnumerable<(string Text, int Tokens)> SplitLong(string sentence)
    {
        var tokens = _counter.CountTokens(sentence);
        if (tokens <= _options.MaxTokens)
        {
            yield return (sentence, tokens);
            yield break;
        }

        var runes = sentence.EnumerateRunes().ToArray();
        var pieces = (tokens + _options.MaxTokens - 1) / _options.MaxTokens;
        var perPiece = (runes.Length + pieces - 1) / pieces;
        for (var start = 0; start < runes.Length; start += perPiece)
        {
            var builder = new StringBuilder();
            foreach (var rune in runes.AsSpan(start, Math.Min(perPiece, runes.Length - start)))
            {
                builder.Append(rune.ToString());
            }

            var text = builder.ToString();
            yield return (text, Math.Min(_counter.CountTokens(text), _options.MaxTokens));
        }
    }

    private static string Join(List<(string Text, int Tokens)> sentences)
    {
        var text = new StringBuilder();
        foreach (var (sentence, _) in sentences)
        {
            text.Append(sentence);
        }

        return text.ToString().Trim();
    }
}
