using Microsoft.Extensions.Hosting;

namespace AgentHost.Inference.Hosting;

/// <summary>Loads the model and starts the engine when the host starts.</summary>
internal sealed class InferenceStartup(InferenceRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
