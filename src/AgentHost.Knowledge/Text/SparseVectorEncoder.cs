using System.Text;

namespace AgentHost.Knowledge.Text;

/// <summary>
/// Sparse vectors for Qdrant's <c>bm25</c> vector, computed on the host from <see cref="LexicalTokenizer"/> tokens so
/// that Qdrant and the embedded store see the same terms. A token's index is its 32-bit FNV-1a hash (UTF-8), colliding
/// tokens add up. Document values are BM25's saturated term frequency tf·(k1+1)/(tf+k1), k1 = 1.2, without length
/// normalisation (Qdrant knows no document length); Qdrant's <c>modifier: idf</c> supplies the IDF factor at query
/// time. Query values are 1 per distinct token.
/// </summary>
public static class SparseVectorEncoder
{
    public const double K1 = 1.2;

    public static SparseVector ForDocument(string text)
    {
        var counts = CountByIndex(LexicalTokenizer.Tokenize(text));
        return Build(counts, tf => (float)(tf * (K1 + 1) / (tf + K1)));
    }

    public static SparseVector ForQuery(string text)
    {
        var counts = CountByIndex(LexicalTokenizer.Tokenize(text));
        return Build(counts, _ => 1f);
    }

    public static uint Hash(string token)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(token))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }

    private static SortedDictionary<uint, int> CountByIndex(List<string> tokens)
    {
        var counts = new SortedDictionary<uint, int>();
        foreach (var token in tokens)
        {
            var index = Hash(token);
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        return counts;
    }

    private static SparseVector Build(SortedDictionary<uint, int> counts, Func<int, float> weight)
    {
        var indices = new uint[counts.Count];
        var values = new float[counts.Count];
        var i = 0;
        foreach (var (index, count) in counts)
        {
            indices[i] = index;
            values[i] = weight(count);
            i++;
        }

        return new SparseVector(indices, values);
    }
}
