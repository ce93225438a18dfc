using System.Net;
using System.Text;
using System.Text.Json;
using AgentHost.Agents.Storage;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace AgentHost.Tests.Server;

/// <summary>
/// 32 concurrent streaming chats against the real host (4 sequences, so most wait in the queue), half of the clients
/// going away mid-stream: every stream ends cleanly, the engine is left with no sequence, queue entry or KV
/// reservation, and every turn a client saw finish is in the store.
/// </summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class ConcurrentStreamsTests(ServerFixture server)
{
    private static readonly string[] Agents = ["child-growth", "cardiac-valve-followup", "adolescent-companion"];

    [Fact]
    public async Task Thirty_two_concurrent_streams_with_disconnects_complete_or_cancel_cleanly()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(RunClientAsync));

        var engine = server.App.Services.GetRequiredService<InferenceEngine>();
        for (var i = 0; i < 300 && engine.GetStatistics() is { ActiveSequences: > 0 } or { QueuedRequests: > 0 }; i++)
        {
            await Task.Delay(100);
        }

        var stats = engine.GetStatistics();
        Assert.Equal(0, stats.ActiveSequences);
        Assert.Equal(0, stats.QueuedRequests);
        Assert.Equal(0, stats.ReservedContextTokens);

        var completed = outcomes.Where(o => o.Done).ToList();
        Assert.True(completed.Count >= 16, $"{completed.Count} of 32 streams finished");
        var conversations = server.App.Services.GetRequiredService<ConversationStore>();
        foreach (var outcome in completed)
        {
            var history = await conversations.ListHistoryAsync(outcome.SessionId, CancellationToken.None);
            Assert.Contains(history, t => t.TurnIndex == outcome.TurnIndex && t.AssistantText.Length > 0);
        }

        using var ready = await server.Client.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private async Task<Outcome> RunClientAsync(int i)
    {
        var agent = Agents[i % Agents.Length];
        using var created = await server.Client.PostAsync($"api/agents/{agent}/sessions", null);
        created.EnsureSuccessStatusCode();
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var sessionId = session.RootElement.GetProperty("session_id").GetString()!;
        var message = i % 4 == 0 ? "我不想活了" : $"第{i}个问题：孩子的身高和体重正常吗？";
        using var request = OpenAIApiTests.Json($"api/agents/{agent}/sessions/{sessionId}/messages", JsonSerializer.Serialize(new { message }));
        using var cancel = new CancellationTokenSource();
        var disconnects = i % 2 == 1;
        try
        {
            using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync(cancel.Token);
            var text = new StringBuilder();
            var buffer = new byte[4096];
            int read;
            while ((read = await body.ReadAsync(buffer, cancel.Token)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (disconnects && text.ToString().Contains("event: ", StringComparison.Ordinal))
                {
                    await cancel.CancelAsync();
                }
            }

            var events = ServerSentEvents.Parse(text.ToString());
            Assert.Equal("done", events[^1].Event);
            using var done = JsonDocument.Parse(events[^1].Data);
            return new Outcome(sessionId, true, done.RootElement.GetProperty("turn_index").GetInt32());
        }
        catch (OperationCanceledException) when (disconnects)
        {
            return new Outcome(sessionId, false, 0);
        }
    }

    private sealed record Outcome(string SessionId, bool Done, int TurnIndex);
}
