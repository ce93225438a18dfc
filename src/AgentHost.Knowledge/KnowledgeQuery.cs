namespace AgentHost.Knowledge;

/// <summary>One search: the text is never logged.</summary>
/// <param name="Collection">The knowledge collection (by default the agent id).</param>
/// <param name="Text">The user's question.</param>
/// <param name="TopK">How many hits to return (1–50).</param>
/// <param name="DocumentId">Only chunks of this document.</param>
/// <param name="Language">Only chunks in this language (e.g. <c>zh</c>, <c>en</c>).</param>
public sealed record KnowledgeQuery(string Collection, string Text, int TopK = 4, string? DocumentId = null, string? Language = null)
{
    public const int MaxTopK = 50;

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Collection))
        {
            throw new KnowledgeInputException("query_invalid", "a knowledge query needs a collection");
        }

        if (TopK is < 1 or > MaxTopK)
        {
            throw new KnowledgeInputException("query_invalid", $"top_k must be between 1 and {MaxTopK} (got {TopK})");
        }
    }
}
