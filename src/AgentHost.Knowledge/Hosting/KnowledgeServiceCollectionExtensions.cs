using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Qdrant;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentHost.Knowledge.Hosting;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds retrieval: validated <see cref="KnowledgeOptions"/> from the <c>Knowledge</c> section and the configured
    /// <see cref="IKnowledgeStore"/> (embedded SQLite by default, or Qdrant). An
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> registered in the container turns on dense retrieval.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KnowledgeOptions>()
            .Bind(builder.Configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new DocumentPreparer(
                EstimatedTokenCounter.Instance,
                new ChunkingOptions(options.ChunkTokens, options.ChunkOverlapTokens),
                sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        });
        builder.Services.AddSingleton<IKnowledgeStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var preparer = sp.GetRequiredService<DocumentPreparer>();
            return options.Store switch
            {
                KnowledgeStoreKind.Qdrant => new QdrantKnowledgeStore(
                    QdrantClient.Create(new Uri(options.QdrantUrl!), options.QdrantApiKey),
                    preparer,
                    logger: sp.GetService<ILogger<QdrantKnowledgeStore>>()),
                _ => new EmbeddedKnowledgeStore(options.DatabasePath, preparer, sp.GetService<ILogger<EmbeddedKnowledgeStore>>()),
            };
        });
        return builder;
    }
}
