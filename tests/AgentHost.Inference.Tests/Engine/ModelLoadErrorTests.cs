using AgentHost.Inference.Engine;
using AgentHost.Inference.Native;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Inference.Tests.Engine;

/// <summary>Each way a model or library can be wrong gives one clear exception, and the process goes on.</summary>
[Collection(EngineCollection.Name)]
public sealed class ModelLoadErrorTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("agenthost-load-");

    [Fact]
    public void A_missing_file_is_reported_as_not_found()
    {
        var error = Assert.Throws<ModelLoadException>(() => Load(Path.Combine(_work.FullName, "nope.gguf")));
        Assert.Equal("model_not_found", error.Code);
        Assert.Contains("nope.gguf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_gguf_is_reported_as_such()
    {
        var path = Path.Combine(_work.FullName, "notes.gguf");
        File.WriteAllText(path, "this is a text file, not a model");
        var error = Assert.Throws<ModelLoadException>(() => Load(path));
        Assert.Equal("model_not_gguf", error.Code);
    }

    [Fact]
    public void A_truncated_gguf_is_reported_as_truncated()
    {
        var path = Path.Combine(_work.FullName, "cut.gguf");
        using (var source = File.OpenRead(TinyModel.Path))
        using (var target = File.Create(path))
        {
            var half = new byte[source.Length / 2];
            source.ReadExactly(half);
            target.Write(half);
        }

        var error = Assert.Throws<ModelLoadException>(() => Load(path));
        Assert.Equal("model_truncated", error.Code);
        Assert.Contains("cut.gguf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_library_directory_is_reported_with_the_setting_to_fix()
    {
        var options = EngineFixture.Options();
        options.LibraryDirectory = _work.FullName;
        var error = Assert.Throws<LlamaLibraryException>(() => LlamaModel.Load(TinyModel.Path, options, NullLogger.Instance));
        Assert.Equal("llama_library_not_found", error.Code);
        Assert.Contains("Inference:LibraryDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_errors_a_good_model_still_loads()
    {
        Assert.ThrowsAny<Exception>(() => Load(Path.Combine(_work.FullName, "missing.gguf")));
        using var model = Load(TinyModel.Path);
        Assert.True(model.Info.IsDemo);
        Assert.Equal("bailingmoe2", model.Info.Architecture);
        Assert.True(LlamaBackend.IsInitialized);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static LlamaModel Load(string path) => LlamaModel.Load(path, EngineFixture.Options(), NullLogger.Instance);
}
