using System.Net;
using System.Text.Json;

namespace AgentHost.Tests.Server;

/// <summary>The widget's API against the real host: agents, a session, a streamed answer, history and forget-me.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class WidgetApiTests(ServerFixture server)
{
    [Fact]
    public async Task Agents_are_listed_in_the_asked_locale()
    {
        using var english = JsonDocument.Parse(await server.Client.GetStringAsync("api/agents?locale=en-US"));
        var growth = english.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "child-growth");
        Assert.Equal("en", growth.GetProperty("locale").GetString());
        Assert.Matches("[A-Za-z]", growth.GetProperty("name").GetString()!);
        Assert.False(string.IsNullOrWhiteSpace(growth.GetProperty("greeting").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(growth.GetProperty("description").GetString()));

        using var chinese = JsonDocument.Parse(await server.Client.GetStringAsync("api/agents"));
        Assert.Equal(3, chinese.RootElement.GetArrayLength());
        Assert.All(chinese.RootElement.EnumerateArray(), a => Assert.Equal("zh", a.GetProperty("locale").GetString()));
    }

    [Fact]
    public async Task A_session_streams_typed_events_keeps_history_and_can_be_forgotten()
    {
        using var created = await server.Client.SendAsync(OpenAIApiTests.Json("api/agents/cardiac-valve-followup/sessions", """{"locale":"zh-CN"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var sessionId = session.RootElement.GetProperty("session_id").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(session.RootElement.GetProperty("greeting").GetString()));
        var path = $"api/agents/cardiac-valve-followup/sessions/{sessionId}";

        using var answer = await server.Client.SendAsync(OpenAIApiTests.Json(path + "/messages", """{"message":"换瓣术后多久复查一次？"}"""));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/event-stream", answer.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvents.Parse(await answer.Content.ReadAsStringAsync());
        Assert.All(events, e => Assert.Contains(e.Event, new[] { "token", "tool", "citation", "done" }));
        Assert.Contains(events, e => e.Event == "token");
        Assert.Equal("done", events[^1].Event);
        using (var done = JsonDocument.Parse(events[^1].Data))
        {
            Assert.Equal(sessionId, done.RootElement.GetProperty("session_id").GetString());
            Assert.Equal(1, done.RootElement.GetProperty("turn_index").GetInt32());
        }

        using (var history = JsonDocument.Parse(await server.Client.GetStringAsync(path)))
        {
            var turn = history.RootElement.GetProperty("turns").EnumerateArray().Single();
            Assert.Equal("换瓣术后多久复查一次？", turn.GetProperty("user").GetString());
            var streamed = string.Concat(events.Where(e => e.Event == "token").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
            Assert.Equal(streamed, turn.GetProperty("assistant").GetString());
        }

        using var deleted = await server.Client.DeleteAsync(path);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await server.Client.GetAsync(path);
        await AssertProblemAsync(gone, 404, "unknown_session");
        using var again = await server.Client.DeleteAsync(path);
        await AssertProblemAsync(again, 404, "unknown_session");
    }

    [Fact]
    public async Task A_crisis_message_streams_an_escalation_event()
    {
        using var created = await server.Client.PostAsync("api/agents/adolescent-companion/sessions", null);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var sessionId = session.RootElement.GetProperty("session_id").GetString()!;

        using var answer = await server.Client.SendAsync(OpenAIApiTests.Json($"api/agents/adolescent-companion/sessions/{sessionId}/messages", """{"message":"我想自杀"}"""));
        var events = ServerSentEvents.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(["escalation", "done"], events.Select(e => e.Event));
        using var escalation = JsonDocument.Parse(events[0].Data);
        Assert.Equal("crisis", escalation.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Bad_requests_get_problem_details_and_the_server_keeps_serving()
    {
        using var unknownAgent = await server.Client.PostAsync("api/agents/no-such-agent/sessions", null);
        await AssertProblemAsync(unknownAgent, 404, "unknown_agent");

        using var unknownSession = await server.Client.SendAsync(OpenAIApiTests.Json($"api/agents/child-growth/sessions/{Guid.NewGuid()}/messages", """{"message":"hi"}"""));
        await AssertProblemAsync(unknownSession, 404, "unknown_session");

        using var created = await server.Client.PostAsync("api/agents/child-growth/sessions", null);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var messages = $"api/agents/child-growth/sessions/{session.RootElement.GetProperty("session_id").GetString()}/messages";
        using var malformed = await server.Client.SendAsync(OpenAIApiTests.Json(messages, "{\"message\":"));
        await AssertProblemAsync(malformed, 400, "invalid_json");
        using var empty = await server.Client.SendAsync(OpenAIApiTests.Json(messages, """{"message":"  "}"""));
        await AssertProblemAsync(empty, 400, "empty_message");
        using var tooLong = await server.Client.SendAsync(OpenAIApiTests.Json(messages, $$"""{"message":"{{new string('x', ServerFixture.MaxMessageLength + 1)}}"}"""));
        await AssertProblemAsync(tooLong, 400, "message_too_long");
        using var tooLarge = await server.Client.SendAsync(OpenAIApiTests.Json(messages, $$"""{"message":"{{new string('x', ServerFixture.MaxBodyBytes)}}"}"""));
        await AssertProblemAsync(tooLarge, 413, "request_too_large");
        using var nowhere = await server.Client.GetAsync("api/nothing-here");
        await AssertProblemAsync(nowhere, 404, "not_found");

        Assert.Equal("ok", await server.Client.GetStringAsync("healthz"));
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_stream_leaves_the_server_serving()
    {
        using var created = await server.Client.PostAsync("api/agents/child-growth/sessions", null);
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var messages = $"api/agents/child-growth/sessions/{session.RootElement.GetProperty("session_id").GetString()}/messages";
        using (var cancel = new CancellationTokenSource())
        {
            using var request = OpenAIApiTests.Json(messages, """{"message":"我家孩子三岁，身高95厘米，正常吗？"}""");
            using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            await cancel.CancelAsync();
        }

        using var ready = await server.Client.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var answer = await server.Client.SendAsync(OpenAIApiTests.Json(messages, """{"message":"hello again"}"""));
        var events = ServerSentEvents.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("done", events[^1].Event);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, document.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(code, document.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(document.RootElement.GetProperty("detail").GetString()));
    }
}
