using AgentHost.Agents.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Tests.Storage;

public sealed class AddAgentStorageTests
{
    [Fact]
    public async Task The_host_opens_the_stores_at_start_and_serves_them_as_singletons()
    {
        using var directory = new TempDataDirectory();
        using var host = Build(directory.Path);

        await host.StartAsync();
        try
        {
            Assert.True(File.Exists(Path.Combine(directory.Path, AgentStorage.DatabaseFileName)));
            var conversations = host.Services.GetRequiredService<ConversationStore>();
            Assert.Same(conversations, host.Services.GetRequiredService<ConversationStore>());
            Assert.Same(host.Services.GetRequiredService<AgentStorage>().FollowUps, host.Services.GetRequiredService<FollowUpStore>());
            var session = await conversations.CreateSessionAsync("child-growth", "subj-1", "zh-CN", CancellationToken.None);
            await conversations.AppendTurnAsync(SampleTurns.Create(session.SessionId), CancellationToken.None);
            Assert.True((await host.Services.GetRequiredService<AuditLog>().VerifyAsync(CancellationToken.None)).IsValid);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_stores_are_ready_for_hosted_services_registered_before_them()
    {
        using var directory = new TempDataDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory.Path });
        builder.Services.AddHostedService<AuditingStartup>();
        builder.AddAgentStorage();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        var record = Assert.Single(await host.Services.GetRequiredService<AuditLog>().ReadAsync(0, 10, CancellationToken.None));
        Assert.Equal(AuditEventTypes.PackageLoaded, record.EventType);
    }

    [Fact]
    public async Task An_unusable_data_directory_stops_the_host_with_one_clear_line()
    {
        using var directory = new TempDataDirectory();
        Directory.CreateDirectory(directory.Path);
        var file = Path.Combine(directory.Path, "occupied");
        await File.WriteAllTextAsync(file, "a file where the data directory should be");
        using var host = Build(file);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var line = Assert.Single(error.Failures);
        Assert.StartsWith($"Storage:DataDirectory '{file}' cannot be created or written", line, StringComparison.Ordinal);
    }

    private static IHost Build(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory });
        builder.AddAgentStorage();
        return builder.Build();
    }
}
