using System.CommandLine;
using AgentHost.Inference.Hosting;
using Microsoft.Extensions.AI;

namespace AgentHost.Cli;

/// <summary><c>agenthost chat</c>: a terminal conversation with the model, streamed token by token.</summary>
internal static class ChatCommand
{
    public static Command Create(Func<TextReader>? input = null)
    {
        var overrides = new EngineOverrides();
        var system = new Option<string?>("--system") { Description = "System prompt for the conversation" };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Most tokens per answer", DefaultValueFactory = _ => 256 };
        var temperature = new Option<float>("--temperature") { Description = "Sampling temperature (0 = greedy)", DefaultValueFactory = _ => 0.7f };
        var command = new Command("chat", "Chat with the model in the terminal (one line per message; /exit or end of input quits).");
        overrides.AddTo(command);
        command.Options.Add(system);
        command.Options.Add(maxTokens);
        command.Options.Add(temperature);
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
            {
                var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
                {
                    ContentRootPath = AppContext.BaseDirectory,
                    DisableDefaults = false,
                });
                builder.Configuration.AddInMemoryCollection(overrides.Read(parse));
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.AddInference();
                using var host = builder.Build();
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var session = new TerminalChat(
                        host.Services.GetRequiredService<IChatClient>(),
                        host.Services.GetRequiredService<InferenceRuntime>().RequireEngine().Model.Info,
                        new ChatOptions { MaxOutputTokens = parse.GetValue(maxTokens), Temperature = parse.GetValue(temperature) },
                        parse.GetValue(system));
                    await session.RunAsync(input?.Invoke() ?? Console.In, output, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
                }

                return 0;
            });
        });
        return command;
    }
}
