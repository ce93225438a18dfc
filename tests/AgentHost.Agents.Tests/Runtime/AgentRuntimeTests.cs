using AgentHost.Clinical;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using AgentHost.Agents.Runtime;

namespace AgentHost.Agents.Tests.Runtime;

/// <summary>Chat turns through the whole pipeline on the demo model.</summary>
public sealed class AgentRuntimeTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    [Theory]
    [InlineData("cardiac-valve-followup", "我换了机械二尖瓣，今天INR是2.1，需要注意什么？", "inr_check")]
    [InlineData("adolescent-companion", "最近考试压力很大，晚上睡不好。", "phq_a_score")]
    [InlineData("child-growth", "女儿3岁，身高92厘米，体重13公斤，长得正常吗？", "growth_assess")]
    public async Task A_turn_with_each_agent_runs_end_to_end_with_a_forced_tool_call_persisted(string agent, string message, string tool)
    {
        var events = await RunAsync(new TurnRequest(agent, message) { RequiredTool = tool, Locale = "zh-CN" });

        var toolEvent = Assert.Single(events.OfType<ToolEvent>(), e => e.Name == tool);
        var done = Assert.IsType<DoneEvent>(events[^1]);
        Assert.Contains(events.OfType<TokenEvent>(), t => t.Text.Length > 0);
        Assert.DoesNotContain(events, e => e is EscalationEvent);

        var history = await fixture.Storage.Conversations.ListHistoryAsync(done.SessionId, CancellationToken.None);
        var turn = Assert.Single(history);
        Assert.Equal(message, turn.UserText);
        Assert.Equal(string.Concat(events.OfType<TokenEvent>().Select(t => t.Text)), turn.AssistantText);
        Assert.Contains(turn.ToolCalls, c => c.Name == tool && c.IsError == toolEvent.Failed);
        Assert.True((await fixture.Storage.Audit.VerifyAsync(CancellationToken.None)).IsValid);
    }

    [Theory]
    [InlineData("adolescent-companion", "我真的不想活了，活着没意思", "crisis")]
    [InlineData("adolescent-companion", "I don't want to wake up tomorrow", "crisis")]
    [InlineData("cardiac-valve-followup", "我胸口很痛，喘不上气", "emergency")]
    [InlineData("child-growth", "孩子抽搐了，叫不醒", "emergency")]
    public async Task Crisis_and_emergency_messages_never_reach_the_model(string agent, string message, string kind)
    {
        var decodeCallsBefore = fixture.Engine.GetStatistics().DecodeCalls;
        var events = await RunAsync(new TurnRequest(agent, message));

        Assert.Equal(decodeCallsBefore, fixture.Engine.GetStatistics().DecodeCalls);
        var escalation = Assert.IsType<EscalationEvent>(events[0]);
        Assert.Equal(kind, escalation.Kind);
        Assert.Contains(kind == "crisis" ? "12356" : "120", escalation.Script, StringComparison.Ordinal);
        var done = Assert.IsType<DoneEvent>(events[^1]);
        var session = await fixture.Storage.Conversations.GetSessionAsync(done.SessionId, CancellationToken.None);
        Assert.True(session!.NeedsHumanFollowUp);
    }

    [Fact]
    public async Task A_second_turn_in_the_session_sees_the_history()
    {
        var first = await RunAsync(new TurnRequest("child-growth", "孩子两岁。"));
        var sessionId = ((DoneEvent)first[^1]).SessionId;
        var second = await RunAsync(new TurnRequest("child-growth", "那身高呢？") { SessionId = sessionId });

        Assert.Equal(2, ((DoneEvent)second[^1]).TurnIndex);
        Assert.Equal(2, (await fixture.Storage.Conversations.ListHistoryAsync(sessionId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Unknown_agents_and_sessions_are_rejected_clearly()
    {
        var agent = await Assert.ThrowsAsync<TurnRejectedException>(() => RunAsync(new TurnRequest("no-such-agent", "hi")));
        Assert.Equal(404, agent.StatusCode);
        var session = await Assert.ThrowsAsync<TurnRejectedException>(() => RunAsync(new TurnRequest("child-growth", "hi") { SessionId = "missing" }));
        Assert.Equal("unknown_session", session.Code);
    }

    [Fact]
    public async Task A_session_that_reached_its_turn_limit_asks_for_a_new_one()
    {
        var limited = new AgentRuntime(fixture.Catalog, fixture.Engine, ClinicalToolCatalog.CreateAIFunctions(), fixture.Storage,
            Options.Create(new AgentRuntimeOptions { MaxTurnsPerSession = 1 }), NullLogger<AgentRuntime>.Instance, fixture.Knowledge);
        var first = new List<TurnEvent>();
        await foreach (var e in limited.RunTurnAsync(new TurnRequest("adolescent-companion", "我想消失")))
        {
            first.Add(e);
        }

        var sessionId = ((DoneEvent)first[^1]).SessionId;
        var error = await Assert.ThrowsAsync<TurnRejectedException>(async () =>
        {
            await foreach (var e in limited.RunTurnAsync(new TurnRequest("adolescent-companion", "还在吗") { SessionId = sessionId }))
            {
            }
        });
        Assert.Equal("session_full", error.Code);
        Assert.Equal(409, error.StatusCode);
    }

    private async Task<List<TurnEvent>> RunAsync(TurnRequest request)
    {
        var events = new List<TurnEvent>();
        await foreach (var e in fixture.Runtime.RunTurnAsync(request))
        {
            events.Add(e);
        }

        return events;
    }
}
