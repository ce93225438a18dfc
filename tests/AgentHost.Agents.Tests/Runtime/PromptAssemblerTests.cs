using AgentHost.Agents.Runtime;
using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Tests.Runtime;

public sealed class PromptAssemblerTests
{
    // One token per character: enough to reason about budgets exactly in a unit test of the assembler alone.
    private static readonly PromptAssembler Assembler = new(messages => messages.Sum(m => m.Text.Length));

    private static readonly ChatMessage[] History =
    [
        new(ChatRole.User, "u1-aaaa"), new(ChatRole.Assistant, "a1-bbbb"),
        new(ChatRole.User, "u2-cccc"), new(ChatRole.Assistant, "a2-dddd"),
        new(ChatRole.User, "u3-eeee"), new(ChatRole.Assistant, "a3-ffff"),
    ];

    [Fact]
    public void Everything_fits_in_a_generous_budget()
    {
        var prompt = Assembler.Assemble("SYS", "KNOW", History, "now?", 1000);
        Assert.Equal(8, prompt.Messages.Count);
        Assert.Equal("SYS\n\nKNOW", prompt.Messages[0].Text);
        Assert.Equal("now?", prompt.Messages[^1].Text);
        Assert.Equal(0, prompt.HistoryMessagesDropped);
    }

    [Fact]
    public void The_oldest_whole_exchanges_are_dropped_first()
    {
        var prompt = Assembler.Assemble("SYS", null, History, "now?", 3 + 4 + 28);
        Assert.Equal(["SYS", "u2-cccc", "a2-dddd", "u3-eeee", "a3-ffff", "now?"], prompt.Messages.Select(m => m.Text));
        Assert.Equal(2, prompt.HistoryMessagesDropped);
        Assert.Equal(35, prompt.PromptTokens);
    }

    [Fact]
    public void A_message_that_cannot_fit_is_rejected_clearly()
    {
        var error = Assert.Throws<TurnRejectedException>(() => Assembler.Assemble("SYS", null, History, new string('x', 200), 100));
        Assert.Equal("message_too_long", error.Code);
        Assert.DoesNotContain("xxx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_are_filled()
    {
        var variables = new PromptVariables("生长助手", "zh", new DateOnly(2026, 11, 24), "女孩，3岁");
        Assert.Equal("我是生长助手（zh），2026-11-24：女孩，3岁", variables.Fill("我是{{agent_name}}（{{locale}}），{{date}}：{{patient_context}}"));
    }
}
