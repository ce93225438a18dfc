using AgentHost.Cli;

namespace AgentHost.Tests.Server;

/// <summary><c>agenthost serve</c>, also the action of <c>agenthost</c> alone (the server itself: the API tests).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serving_is_the_default_action_and_takes_the_engine_options()
    {
        var root = AgentHostCommandLine.Create();
        Assert.NotNull(root.Parse([]).Action);
        Assert.Contains(root.Options, o => o.Name == "--urls");

        var parse = root.Parse(["serve", "--urls", "http://127.0.0.1:5999", "--model", "m.gguf", "--threads", "2", "--max-sequences", "4"]);
        Assert.Empty(parse.Errors);
        Assert.Equal("serve", parse.CommandResult.Command.Name);
    }

    [Fact]
    public async Task A_bad_configuration_is_one_line_per_problem_without_a_stack_trace()
    {
        var result = await CommandRunner.RunAsync(null, "serve", "--model", "/no/such/model.gguf", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("configuration error: ", result.Error, StringComparison.Ordinal);
        // Run from the test folder, which has no agents/ either: whichever setting is checked first is reported.
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
