using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AgentHost.Tests.Server;

namespace AgentHost.Tests.Widget;

/// <summary>The widget's files and pages as HTTP serves them: types, caching, security headers, no outside addresses.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class WidgetPagesTests(WidgetServerFixture server)
{
    [Theory]
    [InlineData("widget.js", "text/javascript")]
    [InlineData("widget.css", "text/css")]
    [InlineData("demo.js", "text/javascript")]
    [InlineData("", "text/html")]
    [InlineData("chat/child-growth", "text/html")]
    public async Task Files_are_utf8_typed_revalidated_and_not_sniffed(string path, string mediaType)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (mediaType == "text/html")
        {
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unchanged_script_is_answered_with_304()
    {
        using var first = await server.Client.GetAsync("widget.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "widget.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_full_page_chat_names_its_agent_and_an_unknown_agent_is_404()
    {
        var page = await server.Client.GetStringAsync("chat/child-growth");
        Assert.Contains("<title>儿童生长发育助手</title>", page, StringComparison.Ordinal);
        Assert.Contains("""<script src="../widget.js" data-agent="child-growth" data-mode="page"></script>""", page, StringComparison.Ordinal);

        using var missing = await server.Client.GetAsync("chat/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Equal("unknown_agent", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("widget.js")]
    [InlineData("widget.css")]
    [InlineData("demo.js")]
    [InlineData("demo.css")]
    [InlineData("page.css")]
    [InlineData("")]
    public async Task No_file_loads_anything_from_another_host(string path)
    {
        var text = await server.Client.GetStringAsync(path);
        // The only absolute address is the SVG namespace, which is a name, not a request.
        var addresses = System.Text.RegularExpressions.Regex.Matches(text, @"https?://[a-z0-9.-]+\.[a-z]{2,}|(src|href)\s*=\s*[""']//", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => m.Value)
            .Where(a => !a.EndsWith("www.w3.org", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(addresses);
        Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_answer_in_minors_mode_sends_the_ai_disclosure_as_a_notice_event()
    {
        var sessionId = await CreateSessionAsync(ProbeAgent.Id);
        using var request = OpenAIApiTests.Json($"api/agents/{ProbeAgent.Id}/sessions/{sessionId}/messages", """{"message":"睡眠不好怎么办"}""");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await server.Client.SendAsync(request);
        var events = Events(await response.Content.ReadAsStringAsync());

        var notice = Assert.Single(events, e => e.Event == "notice");
        Assert.Equal("ai_disclosure", notice.Data.GetProperty("kind").GetString());
        Assert.Contains("AI", notice.Data.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(events.IndexOf(notice) < events.FindIndex(e => e.Event == "token"));
        var citation = Assert.Single(events, e => e.Event == "citation");
        Assert.Equal(ProbeAgent.DocumentTitle, citation.Data.GetProperty("title").GetString());

        // The history keeps the citation's number and section, so a reloaded page links [1] to it again.
        var history = JsonDocument.Parse(await server.Client.GetStringAsync($"api/agents/{ProbeAgent.Id}/sessions/{sessionId}")).RootElement;
        var stored = history.GetProperty("turns")[0];
        Assert.Equal(1, stored.GetProperty("citations")[0].GetProperty("number").GetInt32());
        Assert.Equal(citation.Data.GetProperty("section").GetString(), stored.GetProperty("citations")[0].GetProperty("section").GetString());
        Assert.Empty(stored.GetProperty("tools").EnumerateArray());
        Assert.StartsWith(notice.Data.GetProperty("text").GetString()!, stored.GetProperty("assistant").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escalation_carries_its_numbers_and_the_hospital_contact_also_in_the_history()
    {
        var sessionId = await CreateSessionAsync("child-growth");
        using var request = OpenAIApiTests.Json($"api/agents/child-growth/sessions/{sessionId}/messages", """{"message":"孩子抽搐了，叫不醒"}""");
        using var response = await server.Client.SendAsync(request);
        var events = Events(await response.Content.ReadAsStringAsync());

        var escalation = Assert.Single(events, e => e.Event == "escalation");
        Assert.Equal("emergency", escalation.Data.GetProperty("kind").GetString());
        var hotline = Assert.Single(escalation.Data.GetProperty("hotlines").EnumerateArray());
        Assert.Equal("emergency", hotline.GetProperty("kind").GetString());
        Assert.Equal("120", hotline.GetProperty("number").GetString());
        Assert.Equal("心脏外科随访中心 010-6609 1234", escalation.Data.GetProperty("hospital_contact").GetString());

        var history = JsonDocument.Parse(await server.Client.GetStringAsync($"api/agents/child-growth/sessions/{sessionId}")).RootElement;
        var turn = history.GetProperty("turns")[0];
        Assert.Equal("emergency", turn.GetProperty("escalation").GetString());
        Assert.Equal("120", turn.GetProperty("hotlines")[0].GetProperty("number").GetString());
        Assert.Equal("心脏外科随访中心 010-6609 1234", turn.GetProperty("hospital_contact").GetString());
    }

    [Fact]
    public async Task The_agent_list_carries_the_disclaimer_and_minors_mode()
    {
        var agents = JsonDocument.Parse(await server.Client.GetStringAsync("api/agents?locale=en")).RootElement.EnumerateArray().ToList();
        var teen = agents.Single(a => a.GetProperty("id").GetString() == "adolescent-companion");
        Assert.True(teen.GetProperty("minors_mode").GetBoolean());
        Assert.Contains("AI", teen.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);
        var growth = agents.Single(a => a.GetProperty("id").GetString() == "child-growth");
        Assert.False(growth.GetProperty("minors_mode").GetBoolean());
        Assert.StartsWith("> This answer was written by an AI assistant", growth.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> CreateSessionAsync(string agent)
    {
        using var request = OpenAIApiTests.Json($"api/agents/{agent}/sessions", "{}");
        using var created = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("session_id").GetString()!;
    }

    private static List<(string? Event, JsonElement Data)> Events(string body) =>
        [.. ServerSentEvents.Parse(body).Select(e => (e.Event, JsonDocument.Parse(e.Data).RootElement))];
}
