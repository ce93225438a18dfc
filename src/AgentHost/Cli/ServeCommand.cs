using System.CommandLine;
using AgentHost.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost serve</c> (also what <c>agenthost</c> does with no command): the HTTP host with every agent package,
/// the stores, and the model, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the host: the OpenAI-compatible API, the widget API, and the patient widget with its demo page at /, over every agent package.");
        Configure(command);
        return command;
    }

    /// <summary>Adds serve's options and action to <paramref name="command"/> (the root command serves by default).</summary>
    public static void Configure(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var overrides = new EngineOverrides();
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default: Urls in appsettings.json, http://localhost:5080)" };
        overrides.AddTo(command);
        command.Options.Add(urls);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var values = overrides.Read(parse);
            if (parse.GetValue(urls) is { } listen)
            {
                values["Urls"] = listen;
            }

            await using var app = AgentHostServer.Create(values);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var output = parse.InvocationConfiguration.Output;
            foreach (var address in addresses)
            {
                var root = address.TrimEnd('/');
                await output.WriteLineAsync($"AgentHost is listening on {root}  (OpenAI API: {root}/v1, widget API: {root}/api/agents, info: {root}/api/info)").ConfigureAwait(false);
            }

            if (addresses.FirstOrDefault() is { } first)
            {
                // The page to open first: it lists the agents, embeds the widget and shows each agent's embed snippet.
                await output.WriteLineAsync($"Widget demo page: {first.TrimEnd('/')}/  (full-page chat: {first.TrimEnd('/')}/chat/<agent>)").ConfigureAwait(false);
            }

            await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            try
            {
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }));
    }
}
