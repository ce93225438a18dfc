namespace AgentHost.Knowledge;

/// <summary>
/// Reciprocal-rank fusion, score(d) = Σ 1 / (k + rank), ranks 1-based, with k = 60 (Cormack et al., SIGIR 2009):
/// robust to the incomparable scales of BM25 and cosine similarity. (Qdrant's built-in RRF uses k = 2 on 0-based
/// ranks, so the two stores' fused orders can differ slightly in ties and near-ties.)
/// </summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    public static List<(TKey Key, double Score)> Fuse<TKey>(params IReadOnlyList<TKey>[] rankings)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var scores = new Dictionary<TKey, double>();
        var firstSeen = new Dictionary<TKey, int>();
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                scores[ranking[i]] = scores.GetValueOrDefault(ranking[i]) + (1.0 / (K + i + 1));
                firstSeen.TryAdd(ranking[i], firstSeen.Count);
            }
        }

        return scores.OrderByDescending(p => p.Value).ThenBy(p => firstSeen[p.Key]).Select(p => (p.Key, p.Value)).ToList();
    }
}
