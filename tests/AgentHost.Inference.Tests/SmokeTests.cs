namespace AgentHost.Inference.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Native_libraries_are_copied_next_to_the_tests()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "llama", "cpu", "libllama.v0.5.0.so")));
    }
}
