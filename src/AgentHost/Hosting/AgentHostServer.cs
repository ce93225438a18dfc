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
        builder.AddInference();
        builder.AddKnowledge();
        builder.AddAgents();
        builder.AddChatServer();
        var app = builder.Build();
        app.MapChatEndpoints();
        return app;
    }
}
