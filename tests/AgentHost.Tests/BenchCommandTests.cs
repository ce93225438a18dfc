using System.Text.Json;

namespace AgentHost.Tests;

/// <summary><c>agenthost bench</c> runs its measurements for real (on the tiny model, few tokens).</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_reports_prompt_single_stream_and_aggregate_rates()
    {
        var json = Path.Combine(Path.GetTempPath(), $"agenthost-bench-{Guid.NewGuid():N}.json");
        try
        {
            var result = await CommandRunner.RunAsync(null, "bench", "--model", TinyModelFile.Path, "--threads", "1",
                "--tokens", "8", "--prompt-tokens", "16", "--concurrency", "1", "2", "--repetitions", "1", "--json", json);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("single-stream decode (tg8)", result.Output, StringComparison.Ordinal);
            Assert.Contains("aggregate at 2 concurrent", result.Output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            Assert.True(document.RootElement.GetProperty("decode_tokens_per_second").GetDouble() > 0);
            Assert.Equal(2, document.RootElement.GetProperty("aggregate").GetArrayLength());
        }
        finally
        {
            File.Delete(json);
        }
    }
}
