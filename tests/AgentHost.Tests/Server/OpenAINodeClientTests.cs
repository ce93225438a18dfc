using System.Text.Json;

namespace AgentHost.Tests.Server;

/// <summary>The official <c>openai</c> npm package, unchanged, against the real host: models, whole and streamed answers.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class OpenAINodeClientTests(ServerFixture server)
{
    [Fact]
    public async Task The_openai_npm_package_lists_models_and_gets_whole_and_streamed_answers()
    {
        var output = await NodeOpenAIClient.RunAsync(new Uri(server.BaseAddress, "v1"), "child-growth");

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Contains("child-growth", root.GetProperty("models").EnumerateArray().Select(m => m.GetString()));

        var whole = root.GetProperty("whole");
        Assert.False(string.IsNullOrWhiteSpace(whole.GetProperty("content").GetString()));
        Assert.Contains(whole.GetProperty("finish").GetString(), new[] { "stop", "length" });
        Assert.True(Guid.TryParse(whole.GetProperty("sessionId").GetString(), out _));
        Assert.True(whole.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 0);

        var streamed = root.GetProperty("streamed");
        Assert.False(string.IsNullOrWhiteSpace(streamed.GetProperty("text").GetString()));
        Assert.Single(streamed.GetProperty("finishes").EnumerateArray());
        Assert.True(streamed.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
        Assert.True(Guid.TryParse(streamed.GetProperty("sessionId").GetString(), out _));

        var helper = root.GetProperty("helper");
        Assert.False(string.IsNullOrWhiteSpace(helper.GetProperty("content").GetString()));
        Assert.Contains(helper.GetProperty("finish").GetString(), new[] { "stop", "length" });
    }
}
