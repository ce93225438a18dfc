using AgentHost.Agents.Hosting;
using AgentHost.Inference.Hosting;
using AgentHost.Knowledge.Hosting;

namespace AgentHost.Hosting;

/// <summary>Composes the host: inference, knowledge, agents and the chat server, with configuration overrides on top.</summary>
public static class AgentHostServer
{
    public static WebApplication Create(IReadOnlyDictionary<string, string?> overrides, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        // A host that fails to start is reported once, as one line per problem, by the command that runs it; the
        // generic host's own log of the same failure would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.AddInference();
        builder.AddKnowledge();
        builder.AddAgents();
        builder.AddChatServer();
        builder.AddTelemetry();
        var app = builder.Build();
        app.MapChatEndpoints();
        return app;
    }
}
