using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

/// <summary>One tiny demo model (seed 42) written for all the tests that only read it.</summary>
public sealed class TinyDemoModelFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Path => _temp.File("tiny.gguf");

    public GeneratedDemoModel Model { get; private set; } = null!;

    public GgufFile File { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Model = await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, Path);
        File = GgufReader.Read(Path);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
