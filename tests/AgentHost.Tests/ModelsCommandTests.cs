using System.CommandLine;
using System.Text.Json;
using AgentHost.Cli;
using AgentHost.Inference.Gguf;

namespace AgentHost.Tests;

public sealed class ModelsCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"agenthost-models-cli-{Guid.NewGuid():N}");

    public ModelsCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Demo_writes_the_tiny_model_and_inspect_describes_it()
    {
        var path = Path.Combine(_directory, "tiny.gguf");

        var demo = await RunAsync("models", "demo", "--size", "tiny", "--out", path, "--seed", "7");
        var inspect = await RunAsync("models", "inspect", path);

        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("Wrote ", demo.Output, StringComparison.Ordinal);
        Assert.Contains("end-of-generation token 151938", demo.Output, StringComparison.Ordinal);
        Assert.Empty(demo.Error);
        Assert.True(File.Exists(path));

        Assert.Equal(0, inspect.ExitCode);
        Assert.Empty(inspect.Error);
        Assert.Contains("bailingmoe2", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("Chat template   bailing2", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("8 routed (2 per token) + 1 shared", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("Demo model      yes", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("seed 7", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("Q8_0 (general.file_type 7)", inspect.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GPU placement", inspect.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_with_gpu_memory_recommends_a_placement_and_writes_json()
    {
        var path = Path.Combine(_directory, "tiny.gguf");
        await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, path);

        var text = await RunAsync("models", "inspect", path, "--gpu-memory-gib", "8", "--context", "4096");
        var json = await RunAsync("models", "inspect", path, "--gpu-memory-gib", "8", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("fits entirely", text.Output, StringComparison.Ordinal);
        Assert.Contains("n_gpu_layers  4", text.Output, StringComparison.Ordinal);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        var model = document.RootElement.GetProperty("model");
        Assert.Equal("bailingmoe2", model.GetProperty("architecture").GetString());
        Assert.Equal(8, model.GetProperty("expert_count").GetInt32());
        Assert.Equal("bailing2", model.GetProperty("chat_template_family").GetString());
        Assert.True(model.GetProperty("is_demo").GetBoolean());
        var placement = document.RootElement.GetProperty("placement");
        Assert.Equal("fits_entirely", placement.GetProperty("kind").GetString());
        Assert.Equal(4, placement.GetProperty("gpu_layers").GetInt32());
        Assert.Equal(8192, placement.GetProperty("context_length").GetInt32());
    }

    [Fact]
    public async Task A_missing_file_is_one_line_on_stderr_and_exit_code_1()
    {
        var result = await RunAsync("models", "inspect", Path.Combine(_directory, "absent.gguf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("error: The GGUF file 'absent.gguf' does not exist.", result.Error.TrimEnd());
    }

    [Fact]
    public async Task A_file_that_is_not_gguf_is_one_line_without_a_stack_trace()
    {
        var path = Path.Combine(_directory, "notes.txt");
        await File.WriteAllTextAsync(path, "patient notes, not a model");

        var result = await RunAsync("models", "inspect", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: 'notes.txt' is not a GGUF file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_model_is_one_line_on_stderr()
    {
        var path = Path.Combine(_directory, "tiny.gguf");
        await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, path);
        var cut = Path.Combine(_directory, "cut.gguf");
        await using (var source = File.OpenRead(path))
        await using (var target = File.Create(cut))
        {
            var buffer = new byte[1_000_000];
            var read = await source.ReadAsync(buffer);
            await target.WriteAsync(buffer.AsMemory(0, read));
        }

        var result = await RunAsync("models", "inspect", cut);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: 'cut.gguf' is truncated", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("models", "demo", "--size", "huge", "--out", "x.gguf")]
    [InlineData("models", "demo", "--size", "tiny")]
    [InlineData("models", "inspect", "x.gguf", "--gpu-memory-gib", "0")]
    [InlineData("models", "inspect", "x.gguf", "--context", "-5")]
    public async Task Invalid_arguments_fail_without_running(params string[] args)
    {
        var result = await RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AgentHostCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
