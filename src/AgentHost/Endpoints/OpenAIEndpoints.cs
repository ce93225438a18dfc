using System.Text;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Endpoints.OpenAI;
using AgentHost.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Endpoints;

/// <summary>
/// The OpenAI-compatible API: <c>GET /v1/models</c> lists the agents as models, <c>POST /v1/chat/completions</c>
/// runs one turn (the last user message) in the session named by <c>session_id</c> or <c>X-Session-Id</c>, a new
/// one otherwise; the answer carries <c>session_id</c>, <c>citations</c> and <c>escalation</c> as extra fields.
/// </summary>
internal static class OpenAIEndpoints
{
    private const string SessionHeader = "X-Session-Id";

    public static IEndpointRouteBuilder MapOpenAIEndpoints(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1");
        v1.MapGet("/models", ListModels);
        v1.MapPost("/chat/completions", CompleteAsync).RequireRateLimiting(ChatRateLimit.PolicyName);
        return app;
    }

    private static IResult ListModels(HttpContext context, AgentCatalog catalog, TimeProvider time)
    {
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        return TypedResults.Json(
            new ModelList("list", [.. catalog.Packages.Where(p => RequestChecks.MayUse(context, p.Id)).Select(p => new ModelEntry(p.Id, "model", created, "agenthost"))]),
            ServerJsonContext.Default.ModelList);
    }

    private static async Task CompleteAsync(HttpContext context, AgentRuntime runtime, AgentCatalog catalog, IOptions<ServerOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var request = await JsonBody.ReadAsync(context.Request, ServerJsonContext.Default.ChatCompletionRequest).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw new ApiRequestException("missing_model", "'model' is required: the id of an agent (GET /v1/models lists them).");
        }

        if (request.Messages is not { Count: > 0 })
        {
            throw new ApiRequestException("missing_messages", "'messages' must hold at least one message.");
        }

        var agent = RequestChecks.Agent(context, catalog, request.Model, "model_not_found");
        var last = request.Messages.LastOrDefault(m => string.Equals(m.Role, "user", StringComparison.Ordinal));
        var message = RequestChecks.Message(last?.Text(), options.Value);
        var sessionId = request.SessionId ?? (context.Request.Headers[SessionHeader].ToString() is { Length: > 0 } header ? header : null);
        var turn = new TurnRequest(agent.Id, message) { SessionId = sessionId };
        var completion = new CompletionStamp("chatcmpl-" + Guid.NewGuid().ToString("N"), time.GetUtcNow().ToUnixTimeSeconds(), agent.Id);
        var aborted = context.RequestAborted;
        if (!request.Stream)
        {
            await context.Response.WriteAsJsonAsync(await CollectAsync(runtime.RunTurnAsync(turn, aborted), completion, aborted).ConfigureAwait(false),
                ServerJsonContext.Default.ChatCompletion, contentType: null, aborted).ConfigureAwait(false);
            return;
        }

        await StreamAsync(context, runtime.RunTurnAsync(turn, aborted), completion, request.StreamOptions?.IncludeUsage == true,
            TimeSpan.FromSeconds(options.Value.KeepAliveSeconds), loggers.CreateLogger(typeof(OpenAIEndpoints).FullName!)).ConfigureAwait(false);
    }

    private static async Task<ChatCompletion> CollectAsync(IAsyncEnumerable<TurnEvent> events, CompletionStamp completion, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var citations = new List<CitationEvent>();
        EscalationEvent? escalation = null;
        DoneEvent? done = null;
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (item)
            {
                case TokenEvent token:
                    text.Append(token.Text);
                    break;
                case EscalationEvent escalated:
                    escalation = escalated;
                    text.Append(escalated.Script);
                    break;
                case CitationEvent citation:
                    citations.Add(citation);
                    break;
                case DoneEvent finished:
                    done = finished;
                    break;
            }
        }

        if (done is null)
        {
            throw new InvalidOperationException("The turn ended without a done event.");
        }

        return new ChatCompletion(completion.Id, "chat.completion", completion.Created, completion.Model,
            [new ChatCompletionChoice(0, new AssistantMessage("assistant", text.ToString()), FinishReason(done))],
            CompletionUsage.Of(done), done.SessionId, citations.Count > 0 ? citations : null, escalation);
    }

    /// <summary>
    /// Streams chunks as OpenAI does: a first chunk with the role, content chunks, <c>finish_reason</c> on the last
    /// content chunk (one chunk is held back to know which is last), a usage chunk on request, then <c>[DONE]</c>.
    /// The first event is awaited before the headers go out, so a refused or busy turn still gets its status code.
    /// </summary>
    private static async Task StreamAsync(HttpContext context, IAsyncEnumerable<TurnEvent> events, CompletionStamp completion, bool includeUsage, TimeSpan keepAlive, ILogger logger)
    {
        var stream = new EventStream(context.Response);
        var citations = new List<CitationEvent>();
        EscalationEvent? escalation = null;
        DoneEvent? done = null;
        string? held = null;
        var roleSent = false;
        await using var pump = new TurnEventPump(events, context.RequestAborted);
        try
        {
            while (await pump.NextAsync(keepAlive).ConfigureAwait(false) is var step && step != false)
            {
                if (step is null)
                {
                    await stream.KeepAliveAsync().ConfigureAwait(false);
                    continue;
                }

                if (!roleSent)
                {
                    await stream.DataAsync(completion.Chunk(new ChunkDelta("assistant", ""), null), ServerJsonContext.Default.ChatCompletionChunk).ConfigureAwait(false);
                    roleSent = true;
                }

                var text = pump.Current switch
                {
                    TokenEvent token => token.Text,
                    EscalationEvent escalated => (escalation = escalated).Script,
                    _ => null,
                };
                switch (pump.Current)
                {
                    case CitationEvent citation:
                        citations.Add(citation);
                        break;
                    case DoneEvent finished:
                        done = finished;
                        break;
                }

                if (text is null)
                {
                    continue;
                }

                if (held is not null)
                {
                    await stream.DataAsync(completion.Chunk(new ChunkDelta(null, held), null), ServerJsonContext.Default.ChatCompletionChunk).ConfigureAwait(false);
                }

                held = text;
            }

            if (done is null)
            {
                throw new InvalidOperationException("The turn ended without a done event.");
            }
            await stream.DataAsync(
                completion.Chunk(new ChunkDelta(null, held ?? ""), FinishReason(done)) with
                {
                    SessionId = done.SessionId,
                    Citations = citations.Count > 0 ? citations : null,
                    Escalation = escalation,
                },
                ServerJsonContext.Default.ChatCompletionChunk).ConfigureAwait(false);
            if (includeUsage)
            {
                await stream.DataAsync(
                    new ChatCompletionChunk(completion.Id, "chat.completion.chunk", completion.Created, completion.Model, [], CompletionUsage.Of(done), done.SessionId),
                    ServerJsonContext.Default.ChatCompletionChunk).ConfigureAwait(false);
            }

            await stream.DoneAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            ServerLog.ClientGone(logger, "/v1/chat/completions");
        }
        catch (Exception ex) when (stream.Started)
        {
            ServerLog.Failed(logger, "POST", "/v1/chat/completions", ex.GetType().FullName ?? "?", context.TraceIdentifier, ex.StackTrace);
            var (code, message) = StreamFailures.Describe(ex, context);
            await stream.DataAsync(new OpenAIErrorResponse(new OpenAIError(message, "server_error", null, code)), ServerJsonContext.Default.OpenAIErrorResponse).ConfigureAwait(false);
        }
    }

    /// <summary>OpenAI clients know stop and length; an escalation is a normal stop for them.</summary>
    private static string FinishReason(DoneEvent done) => done.FinishReason == "length" ? "length" : "stop";
}
