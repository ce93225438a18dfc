namespace AgentHost.Knowledge.Bench;

/// <summary>recall@5 (the answering document among the top 5 chunks) and MRR (1 / rank of its first chunk, 0 if absent).</summary>
internal sealed record QualityScore(int Questions, double RecallAt5, double Mrr)
{
    public static QualityScore From(IReadOnlyList<int?> ranks) => new(
        ranks.Count,
        ranks.Count == 0 ? 0 : ranks.Count(r => r is <= 5) / (double)ranks.Count,
        ranks.Count == 0 ? 0 : ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count);
}
