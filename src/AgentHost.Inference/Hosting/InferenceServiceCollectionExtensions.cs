using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        return builder;
    }
}
