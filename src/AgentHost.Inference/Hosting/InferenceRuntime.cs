using System.Diagnostics.Metrics;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentHost.Inference.Hosting;

/// <summary>
/// Owns the loaded model and its engine for the host's lifetime. Loading happens once, at start (through
/// <see cref="InferenceStartup"/>), so a bad model stops the host before it serves anything.
/// </summary>
public sealed class InferenceRuntime : IDisposable
{
    private readonly IOptions<InferenceOptions> _options;
    private readonly ILoggerFactory _loggers;
    private readonly IMeterFactory? _meters;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LlamaModel? _model;
    private InferenceEngine? _engine;

    public InferenceRuntime(IOptions<InferenceOptions> options, ILoggerFactory loggers, IMeterFactory? meters = null)
    {
        _options = options;
        _loggers = loggers;
        _meters = meters;
    }

    /// <summary>The running engine; null until <see cref="StartAsync"/> has finished.</summary>
    public InferenceEngine? Engine => Volatile.Read(ref _engine);

    public InferenceEngine RequireEngine() =>
        Engine ?? throw new InvalidOperationException("The inference engine has not started yet.");

    public async Task<InferenceEngine> StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_engine is not null)
            {
                return _engine;
            }

            var options = _options.Value;
            var path = await DemoModelFile.ResolveAsync(options, cancellationToken).ConfigureAwait(false);
            var logger = _loggers.CreateLogger("AgentHost.Inference");
            _model = await Task.Run(() => LlamaModel.Load(path, options, logger), cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _engine, InferenceEngine.Start(_model, options, logger, _meters));
            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _engine?.Dispose();
        _model?.Dispose();
        _gate.Dispose();
    }
}
