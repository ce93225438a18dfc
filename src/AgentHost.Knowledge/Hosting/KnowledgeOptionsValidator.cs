using Microsoft.Extensions.Options;

namespace AgentHost.Knowledge.Hosting;

/// <summary>Fails the host at start, with one line per problem, on a configuration retrieval cannot work with.</summary>
internal sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Store))
        {
            failures.Add("Knowledge:Store must be Embedded or Qdrant");
        }

        if (options.Store == KnowledgeStoreKind.Embedded && string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("Knowledge:DatabasePath must name the SQLite file of the embedded store");
        }

        if (options.Store == KnowledgeStoreKind.Qdrant
            && (!Uri.TryCreate(options.QdrantUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            failures.Add("Knowledge:QdrantUrl must be an absolute http(s) URL when Knowledge:Store is Qdrant");
        }

        if (options.TopK is < 1 or > KnowledgeQuery.MaxTopK)
        {
            failures.Add($"Knowledge:TopK must be between 1 and {KnowledgeQuery.MaxTopK} (got {options.TopK})");
        }

        if (options.ChunkTokens < 16 || options.ChunkOverlapTokens < 0 || options.ChunkOverlapTokens >= options.ChunkTokens / 2)
        {
            failures.Add("Knowledge:ChunkTokens must be at least 16 and Knowledge:ChunkOverlapTokens between 0 and half of it");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
