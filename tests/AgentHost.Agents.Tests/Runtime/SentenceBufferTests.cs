using AgentHost.Agents.Runtime;

namespace AgentHost.Agents.Tests.Runtime;

public sealed class SentenceBufferTests
{
    [Fact]
    public void Text_is_released_at_sentence_ends_in_chinese_and_english()
    {
        var buffer = new SentenceBuffer();
        Assert.Equal("", buffer.Push("孩子的身高"));
        Assert.Equal("孩子的身高在正常范围。", buffer.Push("在正常范围。请"));
        Assert.Equal("请继续观察！", buffer.Push("继续观察！"));
        Assert.Equal("Keep going.", buffer.Push("Keep going."));
        Assert.Equal("", buffer.Push(" Next"));
        Assert.Equal(" Next", buffer.Flush());
    }

    [Fact]
    public void A_decimal_point_is_not_a_sentence_end()
    {
        var buffer = new SentenceBuffer();
        Assert.Equal("", buffer.Push("Your INR is 2."));
        Assert.Equal("Your INR is 2.5 today.", buffer.Push("5 today."));
    }
}
