using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Storage;
using AgentHost.Clinical;
using AgentHost.Inference.Engine;
using AgentHost.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Hosting;

public static class AgentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the agents: the package catalog (every package validated at start, hot-reloaded after), the stores, and the
    /// turn pipeline over the inference engine, the clinical tools and the knowledge store when one is registered.
    /// </summary>
    public static IHostApplicationBuilder AddAgents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AgentsOptions>().Bind(builder.Configuration.GetSection(AgentsOptions.SectionName)).ValidateOnStart();
        builder.Services.AddOptions<AgentRuntimeOptions>().Bind(builder.Configuration.GetSection(AgentRuntimeOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AgentsOptions>, AgentsOptionsValidator>();
        builder.AddAgentStorage();
        builder.Services.AddSingleton(_ => ClinicalToolCatalog.CreateAIFunctions());
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AgentsOptions>>().Value;
            var tools = ClinicalToolCatalog.CreateDefault().Tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            return AgentCatalog.Load(options.Directory, PackageLoadContext.ForAgentsDirectory(options.Directory, tools),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<AgentCatalog>(), options.HotReload);
        });
        builder.Services.AddSingleton(sp => new AgentRuntime(
            sp.GetRequiredService<AgentCatalog>(),
            sp.GetRequiredService<InferenceEngine>(),
            sp.GetRequiredService<IReadOnlyList<AIFunction>>(),
            sp.GetRequiredService<AgentStorage>(),
            sp.GetRequiredService<IOptions<AgentRuntimeOptions>>(),
            sp.GetRequiredService<ILogger<AgentRuntime>>(),
            sp.GetService<IKnowledgeStore>(),
            sp.GetService<TimeProvider>()));
        builder.Services.AddHostedService<AgentsStartup>();
        return builder;
    }
}
