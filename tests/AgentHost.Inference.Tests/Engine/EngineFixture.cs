using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Inference.Tests.Engine;

/// <summary>One loaded tiny model shared by the engine tests of a class; each test starts its own engine on it.</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Model = LlamaModel.Load(TinyModel.Path, Options(), NullLogger.Instance);
    }

    public LlamaModel Model { get; }

    public static InferenceOptions Options(int maxSequences = 8, int maxQueued = 32, int contextSize = 4096) => new()
    {
        LibraryDirectory = RepoPaths.CpuLibraryDirectory,
        ContextSize = contextSize,
        BatchSize = 512,
        MaxSequences = maxSequences,
        MaxQueuedRequests = maxQueued,
        Threads = 1,
    };

    public InferenceEngine StartEngine(int maxSequences = 8, int maxQueued = 32, int contextSize = 4096) =>
        InferenceEngine.Start(Model, Options(maxSequences, maxQueued, contextSize), NullLogger.Instance);

    public void Dispose() => Model.Dispose();
}
