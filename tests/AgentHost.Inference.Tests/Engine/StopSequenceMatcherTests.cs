using AgentHost.Inference.Engine;

namespace AgentHost.Inference.Tests.Engine;

public sealed class StopSequenceMatcherTests
{
    [Fact]
    public void Without_stop_sequences_text_passes_through()
    {
        var matcher = new StopSequenceMatcher([]);
        Assert.Equal("abc", matcher.Push("abc", out var stopped));
        Assert.False(stopped);
    }

    [Fact]
    public void A_stop_split_across_pieces_is_found_and_never_shown()
    {
        var matcher = new StopSequenceMatcher(["</end>"]);
        Assert.Equal("hello ", matcher.Push("hello </", out var s1));
        Assert.False(s1);
        Assert.Equal("", matcher.Push("en", out var s2));
        Assert.False(s2);
        Assert.Equal("", matcher.Push("d> tail", out var s3));
        Assert.True(s3);
    }

    [Fact]
    public void Held_back_text_is_released_when_it_turns_out_not_to_be_a_stop()
    {
        var matcher = new StopSequenceMatcher(["STOP"]);
        Assert.Equal("a", matcher.Push("aST", out _));
        Assert.Equal("STx", matcher.Push("x", out var stopped));
        Assert.False(stopped);
        Assert.Equal("b", matcher.Push("bS", out _));
        Assert.Equal("S", matcher.Flush());
    }

    [Fact]
    public void The_earliest_of_several_stops_wins()
    {
        var matcher = new StopSequenceMatcher(["\n\n", "用户："]);
        Assert.Equal("你好", matcher.Push("你好用户：\n\n再见", out var stopped));
        Assert.True(stopped);
    }
}
