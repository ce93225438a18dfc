using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentHost.Knowledge;

/// <summary>
/// Numbers retrieved hits [1]..[n] for the prompt and maps the markers in the model's answer back to documents.
/// Accepts the forms models actually write in Chinese and English: <c>[1]</c>, <c>[1, 2]</c>, <c>[1][3]</c>,
/// full-width <c>［2］</c> and <c>【2】</c>, lists separated by <c>,</c> <c>，</c> or <c>、</c>.
/// </summary>
public sealed partial class CitationSet
{
    private readonly IReadOnlyList<KnowledgeHit> _hits;

    public CitationSet(IReadOnlyList<KnowledgeHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        _hits = hits;
    }

    public int Count => _hits.Count;

    /// <summary>The hit numbered <paramref name="number"/> (1-based).</summary>
    public KnowledgeHit this[int number] => _hits[number - 1];

    /// <summary>The numbered context block the prompt carries: a header line per hit, then its text.</summary>
    public string FormatForPrompt()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _hits.Count; i++)
        {
            var hit = _hits[i];
            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}] {hit.Title}");
            if (hit.SectionPath.Length > 0)
            {
                text.Append(" — ").Append(hit.SectionPath);
            }

            text.Append(" (").Append(hit.Source);
            if (!string.IsNullOrEmpty(hit.SourceDate))
            {
                text.Append(", ").Append(hit.SourceDate);
            }

            text.Append(")\n").Append(hit.Text.Trim()).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The hits the answer cites, in order of first citation, one entry per distinct document section. Numbers
    /// outside 1..n (a model inventing [7] when it was given 4 hits) are ignored rather than guessed at.
    /// </summary>
    public IReadOnlyList<Citation> Resolve(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var cited = new List<Citation>();
        var seen = new HashSet<(string, string)>();
        foreach (Match marker in MarkerPattern().Matches(answer))
        {
            foreach (var part in marker.Groups["list"].Value.Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part.Normalize(NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    || number < 1 || number > _hits.Count)
                {
                    continue;
                }

                var hit = _hits[number - 1];
                if (seen.Add((hit.DocumentId, hit.SectionPath)))
                {
                    cited.Add(new Citation(number, hit.DocumentId, hit.Title, hit.SectionPath, hit.Source, hit.SourceDate));
                }
            }
        }

        return cited;
    }

    [GeneratedRegex(@"[\[［【]\s*(?<list>[0-9０-９]{1,3}(?:\s*[,，、]\s*[0-9０-９]{1,3})*)\s*[\]］】]")]
    private static partial Regex MarkerPattern();
}
