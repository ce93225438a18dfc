namespace AgentHost.Knowledge;

/// <summary>Which retrieval side(s) to use; the runtime always asks for <see cref="Hybrid"/>, benchmarks compare all three.</summary>
public enum SearchMode
{
    /// <summary>Lexical BM25 plus dense when an embedding model is configured, fused by reciprocal rank.</summary>
    Hybrid,

    /// <summary>BM25 over CJK bigrams and words only.</summary>
    Lexical,

    /// <summary>Embedding similarity only (empty when no embedding model is configured).</summary>
    Dense,
}
