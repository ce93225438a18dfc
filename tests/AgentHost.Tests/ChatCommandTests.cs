namespace AgentHost.Tests;

/// <summary><c>agenthost chat</c> end to end: the real engine on the tiny demo model, stdin and stdout captured.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_streams_answers_and_warns_that_the_demo_model_is_noise()
    {
        var result = await CommandRunner.RunAsync("你好，我的孩子发烧了\n\nWhat about ibuprofen?\n/exit\n",
            "chat", "--model", TinyModelFile.Path, "--threads", "1", "--temperature", "0", "--max-tokens", "12");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("AgentHost chat — model: AgentHost demo model (random weights) (bailingmoe2)", result.Output, StringComparison.Ordinal);
        Assert.Contains("WARNING: this is the random-weight DEMO model", result.Output, StringComparison.Ordinal);
        var answers = result.Output.Split("> ", StringSplitOptions.None).Skip(1).ToArray();
        Assert.True(answers.Length >= 3, result.Output);
        Assert.False(string.IsNullOrWhiteSpace(answers[0]), "the first message gets an answer");
    }

    [Fact]
    public async Task Chat_ends_cleanly_at_the_end_of_input()
    {
        var result = await CommandRunner.RunAsync("", "chat", "--model", TinyModelFile.Path, "--threads", "1");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task A_missing_model_is_one_configuration_error_line()
    {
        var result = await CommandRunner.RunAsync("hi\n", "chat", "--model", "/no/such/model.gguf");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("configuration error: Inference:ModelPath '/no/such/model.gguf' does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_model_is_one_error_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agenthost-notamodel-{Guid.NewGuid():N}.gguf");
        await File.WriteAllTextAsync(path, "plain text");
        try
        {
            var result = await CommandRunner.RunAsync("hi\n", "chat", "--model", path);
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains("is not a GGUF model file", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
