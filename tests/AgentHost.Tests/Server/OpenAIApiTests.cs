using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AgentHost.Tests.Server;

/// <summary>The OpenAI-compatible API against the real host: the official .NET SDK, the raw SSE bytes, and bad input.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class OpenAIApiTests(ServerFixture server)
{
    private IChatClient Sdk(string agent) =>
        new OpenAIClient(new ApiKeyCredential("unused-on-loopback"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "v1") })
            .GetChatClient(agent)
            .AsIChatClient();

    [Fact]
    public async Task Models_lists_one_model_per_agent()
    {
        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("v1/models"));
        Assert.Equal("list", document.RootElement.GetProperty("object").GetString());
        var ids = document.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(["adolescent-companion", "cardiac-valve-followup", "child-growth"], ids);
    }

    [Fact]
    public async Task The_official_sdk_gets_a_whole_answer()
    {
        var response = await Sdk("child-growth").GetResponseAsync("My son is 5 years old and 110 cm tall. Is that normal?");

        Assert.False(string.IsNullOrWhiteSpace(response.Text));
        // The demo model's noise usually runs to the agent's token limit: "length" is as valid as "stop".
        Assert.Contains(response.FinishReason, new ChatFinishReason?[] { ChatFinishReason.Stop, ChatFinishReason.Length });
        Assert.Equal("child-growth", response.ModelId);
        Assert.True(response.Usage?.InputTokenCount > 0);
    }

    [Fact]
    public async Task The_official_sdk_streams_an_answer_with_usage()
    {
        var text = new StringBuilder();
        var finishes = new List<ChatFinishReason>();
        UsageDetails? usage = null;
        await foreach (var update in Sdk("cardiac-valve-followup").GetStreamingResponseAsync("今天的INR是2.6，需要注意什么？"))
        {
            text.Append(update.Text);
            if (update.FinishReason is { } finish)
            {
                finishes.Add(finish);
            }

            usage ??= update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details;
        }

        Assert.False(string.IsNullOrWhiteSpace(text.ToString()));
        Assert.NotEmpty(finishes);
        Assert.Contains(Assert.Single(finishes.Distinct()), new[] { ChatFinishReason.Stop, ChatFinishReason.Length });
        Assert.True(usage?.InputTokenCount > 0);
    }

    [Fact]
    public async Task The_stream_has_openai_byte_format()
    {
        using var request = Json("v1/chat/completions", """{"model":"child-growth","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"system","content":"ignored"},{"role":"user","content":[{"type":"text","text":"hello"}]}]}""");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        Assert.All(events, e => Assert.Null(e.Event));
        Assert.Equal("[DONE]", events[^1].Data);
        var chunks = events.SkipLast(1).Select(e => JsonDocument.Parse(e.Data).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Single(chunks.Select(c => c.GetProperty("id").GetString()).Distinct());
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());

        var withChoices = chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0).ToList();
        var finishReasons = withChoices.Select(c => c.GetProperty("choices")[0].GetProperty("finish_reason")).ToList();
        Assert.All(finishReasons.SkipLast(1), f => Assert.Equal(JsonValueKind.Null, f.ValueKind));
        Assert.Contains(finishReasons[^1].GetString(), new[] { "stop", "length" });
        var last = withChoices[^1];
        Assert.False(string.IsNullOrEmpty(last.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.True(Guid.TryParse(last.GetProperty("session_id").GetString(), out _));

        var usage = chunks[^1];
        Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
        var tokens = usage.GetProperty("usage");
        Assert.Equal(tokens.GetProperty("prompt_tokens").GetInt32() + tokens.GetProperty("completion_tokens").GetInt32(), tokens.GetProperty("total_tokens").GetInt32());
    }

    [Fact]
    public async Task A_session_continues_through_the_extra_field_or_the_header()
    {
        var first = await CompleteAsync("""{"model":"child-growth","messages":[{"role":"user","content":"hello"}]}""");
        var sessionId = first.GetProperty("session_id").GetString()!;

        using var request = Json("v1/chat/completions", """{"model":"child-growth","messages":[{"role":"user","content":"and now?"}]}""");
        request.Headers.Add("X-Session-Id", sessionId);
        using var response = await server.Client.SendAsync(request);
        using var second = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(sessionId, second.RootElement.GetProperty("session_id").GetString());

        var third = await CompleteAsync($$"""{"model":"child-growth","session_id":"{{sessionId}}","messages":[{"role":"user","content":"thanks"}]}""");
        Assert.Equal(sessionId, third.GetProperty("session_id").GetString());

        using var history = JsonDocument.Parse(await server.Client.GetStringAsync($"api/agents/child-growth/sessions/{sessionId}"));
        Assert.Equal(3, history.RootElement.GetProperty("turns").GetArrayLength());
    }

    [Fact]
    public async Task A_crisis_message_answers_with_the_escalation_script_and_an_escalation_field()
    {
        var completion = await CompleteAsync("""{"model":"adolescent-companion","messages":[{"role":"user","content":"我不想活了"}]}""");

        var choice = completion.GetProperty("choices")[0];
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.Contains("12356", choice.GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("crisis", completion.GetProperty("escalation").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("""{"model":"child-growth","messages":[{"role":"user","content":"hi"}""", 400, "invalid_json")]
    [InlineData("""[1,2]""", 400, "invalid_json")]
    [InlineData("""{"model":"child-growth"}""", 400, "missing_messages")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}]}""", 400, "missing_model")]
    [InlineData("""{"model":"child-growth","messages":[{"role":"system","content":"only a system message"}]}""", 400, "empty_message")]
    [InlineData("""{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}""", 404, "model_not_found")]
    [InlineData("""{"model":"child-growth","session_id":"5f0c2a51-5a43-4f5e-9a55-4a5d1f3e0b7c","messages":[{"role":"user","content":"hi"}]}""", 404, "unknown_session")]
    public async Task Bad_requests_get_openai_shaped_errors(string body, int status, string code)
    {
        using var response = await server.Client.SendAsync(Json("v1/chat/completions", body));
        await AssertOpenAIErrorAsync(response, status, code);
    }

    [Fact]
    public async Task A_message_too_long_and_a_body_too_large_are_refused_cleanly()
    {
        var longMessage = new string('a', ServerFixture.MaxMessageLength + 1);
        using var tooLong = await server.Client.SendAsync(Json("v1/chat/completions", $$"""{"model":"child-growth","messages":[{"role":"user","content":"{{longMessage}}"}]}"""));
        await AssertOpenAIErrorAsync(tooLong, 400, "message_too_long");

        var huge = new string('a', ServerFixture.MaxBodyBytes + 10);
        using var tooLarge = await server.Client.SendAsync(Json("v1/chat/completions", $$"""{"model":"child-growth","messages":[{"role":"user","content":"{{huge}}"}]}"""));
        await AssertOpenAIErrorAsync(tooLarge, 413, "request_too_large");

        Assert.Equal("ok", await server.Client.GetStringAsync("healthz"));
    }

    private async Task<JsonElement> CompleteAsync(string body)
    {
        using var response = await server.Client.SendAsync(Json("v1/chat/completions", body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("chat.completion", document.RootElement.GetProperty("object").GetString());
        return document.RootElement.Clone();
    }

    private static async Task AssertOpenAIErrorAsync(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("type").GetString()));
    }

    internal static HttpRequestMessage Json(string path, string body) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
