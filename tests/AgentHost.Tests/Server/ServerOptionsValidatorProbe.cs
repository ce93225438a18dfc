using AgentHost.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Tests.Server;

/// <summary>Runs the server's options validator as the host does at start.</summary>
internal sealed class ServerOptionsValidatorProbe
{
    public ValidateOptionsResult Validate(ServerOptions options) => new ServerOptionsValidator().Validate(Options.DefaultName, options);
}
