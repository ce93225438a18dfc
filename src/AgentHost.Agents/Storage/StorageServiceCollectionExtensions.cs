using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the conversation store, follow-up store and audit log as singletons over one SQLite database in
    /// <see cref="StorageOptions.DataDirectory"/> (section <c>Storage</c>), validated and migrated at start.
    /// </summary>
    public static IHostApplicationBuilder AddAgentStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new AgentStorage(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        // First among the hosted services, whatever the order of the Add calls: others (the package loader auditing
        // package_loaded, say) may use the stores while they start.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartup>());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<AgentStorage>().Conversations);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<AgentStorage>().FollowUps);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<AgentStorage>().Audit);
        return builder;
    }
}
