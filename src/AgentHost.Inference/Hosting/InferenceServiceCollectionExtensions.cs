using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentHost.Inference.Hosting;

public static class InferenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the local inference engine: validated <see cref="InferenceOptions"/> from the <c>Inference</c> section, the
    /// model loaded at start (the demo model when none is configured), the engine, and an <see cref="IChatClient"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInference(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<InferenceOptions>()
            .Bind(builder.Configuration.GetSection(InferenceOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InferenceOptions>, InferenceOptionsValidator>();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<InferenceRuntime>();
        builder.Services.AddHostedService<InferenceStartup>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<InferenceRuntime>().RequireEngine());
        builder.Services.AddSingleton<IChatClient>(sp => new LlamaChatClient(sp.GetRequiredService<InferenceEngine>()));

        // Dense retrieval only when an embedding model is configured; consumers ask for the generator optionally.
        var embeddingModel = builder.Configuration.GetSection(InferenceOptions.SectionName).GetValue<string?>(nameof(InferenceOptions.EmbeddingModelPath));
        if (!string.IsNullOrWhiteSpace(embeddingModel))
        {
            builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<InferenceOptions>>().Value;
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("AgentHost.Inference");
                var model = LlamaModel.Load(options.EmbeddingModelPath!, options, logger);
                return new LlamaEmbeddingGenerator(model, threads: options.Threads, ownsModel: true);
            });
        }

        return builder;
    }
}
