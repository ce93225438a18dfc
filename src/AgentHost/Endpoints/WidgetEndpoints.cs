using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Safety;
using AgentHost.Agents.Storage;
using AgentHost.Endpoints.Widget;
using AgentHost.Hosting;
using Microsoft.Extensions.Options;

namespace AgentHost.Endpoints;

/// <summary>
/// The widget's API: the agents, sessions, a message answered as typed server-sent events (<c>token</c>, <c>notice</c>,
/// <c>tool</c>, <c>citation</c>, <c>escalation</c>, <c>done</c>, <c>error</c>, with keep-alive comments), the
/// history, and "forget me".
/// </summary>
internal static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidgetEndpoints(this IEndpointRouteBuilder app)
    {
        var agents = app.MapGroup("/api/agents");
        agents.MapGet("", ListAgents);
        agents.MapPost("/{agentId}/sessions", CreateSessionAsync);
        agents.MapGet("/{agentId}/sessions/{sessionId}", HistoryAsync);
        agents.MapDelete("/{agentId}/sessions/{sessionId}", DeleteSessionAsync);
        agents.MapPost("/{agentId}/sessions/{sessionId}/messages", SendMessageAsync).RequireRateLimiting(ChatRateLimit.PolicyName);
        return app;
    }

    private static IResult ListAgents(HttpRequest request, AgentCatalog catalog)
    {
        var token = request.HttpContext.Features.Get<WidgetToken>();
        var locale = RequestChecks.Locale(request) ?? token?.Locale;
        return TypedResults.Json(
            catalog.Packages.Where(p => RequestChecks.MayUse(request.HttpContext, p.Id)).Select(p => Summary(p, locale)).ToList(),
            ServerJsonContext.Default.ListAgentSummary);
    }

    private static async Task<IResult> CreateSessionAsync(string agentId, HttpRequest request, AgentCatalog catalog, ConversationStore conversations)
    {
        var agent = RequestChecks.Agent(request.HttpContext, catalog, agentId);
        var body = await JsonBody.ReadAsync(request, ServerJsonContext.Default.CreateSessionRequest, optional: true).ConfigureAwait(false);

        // With a widget token the subject is the token's pseudonym, whatever the body says.
        var token = request.HttpContext.Features.Get<WidgetToken>();
        var locale = AgentPackage.Normalize(body.Locale ?? token?.Locale ?? RequestChecks.Locale(request) ?? agent.Manifest.DefaultLocale);
        var session = await conversations.CreateSessionAsync(agent.Id, token?.Subject ?? body.SubjectId, locale, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(
            new SessionCreated(session.SessionId, agent.Id, session.Locale, agent.Localized(agent.Manifest.Greeting, session.Locale)),
            ServerJsonContext.Default.SessionCreated,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> HistoryAsync(string agentId, string sessionId, HttpContext context, AgentCatalog catalog, ConversationStore conversations,
        IOptions<AgentRuntimeOptions> runtimeOptions, CancellationToken cancellationToken)
    {
        var agent = RequestChecks.Agent(context, catalog, agentId);
        var session = await RequestChecks.SessionAsync(conversations, agent.Id, sessionId, cancellationToken, context.Features.Get<WidgetToken>()).ConfigureAwait(false);
        var turns = await conversations.ListHistoryAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
        var contacts = new EscalationContacts(runtimeOptions.Value.HospitalContact);
        return TypedResults.Json(
            new SessionHistory(session.SessionId, session.AgentId, session.Locale, session.CreatedAt, session.Escalated,
                [.. turns.Select(t => new HistoryTurn(t.TurnIndex, t.CreatedAt, t.UserText, t.AssistantText,
                    [.. t.Citations.Select(c => new HistoryCitation(c.SourceId, c.Title, c.Number, c.Section))],
                    [.. t.ToolCalls.Select(ToolEvent.From)],
                    t.EscalationKind,
                    t.EscalationKind is { } kind ? contacts.For(kind) : null,
                    t.EscalationKind is null ? null : contacts.HospitalContact))]),
            ServerJsonContext.Default.SessionHistory);
    }

    private static async Task<IResult> DeleteSessionAsync(string agentId, string sessionId, HttpContext context, AgentCatalog catalog, ConversationStore conversations, CancellationToken cancellationToken)
    {
        var agent = RequestChecks.Agent(context, catalog, agentId);
        var session = await RequestChecks.SessionAsync(conversations, agent.Id, sessionId, cancellationToken, context.Features.Get<WidgetToken>()).ConfigureAwait(false);
        await conversations.DeleteSessionAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task SendMessageAsync(string agentId, string sessionId, HttpContext context, AgentRuntime runtime, AgentCatalog catalog,
        ConversationStore conversations, IOptions<ServerOptions> options, ILoggerFactory loggers)
    {
        var aborted = context.RequestAborted;
        var agent = RequestChecks.Agent(context, catalog, agentId);
        var body = await JsonBody.ReadAsync(context.Request, ServerJsonContext.Default.SendMessageRequest).ConfigureAwait(false);
        var message = RequestChecks.Message(body.Message, options.Value);
        var session = await RequestChecks.SessionAsync(conversations, agent.Id, sessionId, aborted, context.Features.Get<WidgetToken>()).ConfigureAwait(false);
        var turn = new TurnRequest(agent.Id, message) { SessionId = session.SessionId, Locale = body.Locale };
        var stream = new EventStream(context.Response);
        var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
        var logger = loggers.CreateLogger(typeof(WidgetEndpoints).FullName!);
        const string route = "/api/agents/{agentId}/sessions/{sessionId}/messages";
        await using var pump = new TurnEventPump(runtime.RunTurnAsync(turn, aborted), aborted);
        try
        {
            // The first event is awaited before the headers go out (within one keep-alive period), so a refused or
            // busy turn still gets its status code.
            while (await pump.NextAsync(keepAlive).ConfigureAwait(false) is var step && step != false)
            {
                var write = step is null ? stream.KeepAliveAsync() : pump.Current switch
                {
                    TokenEvent { Notice: { } notice } e => stream.EventAsync("notice", new WidgetNotice(notice, e.Text.Trim()), ServerJsonContext.Default.WidgetNotice),
                    TokenEvent e => stream.EventAsync(e.Type, e, ServerJsonContext.Default.TokenEvent),
                    ToolEvent e => stream.EventAsync(e.Type, e, ServerJsonContext.Default.ToolEvent),
                    CitationEvent e => stream.EventAsync(e.Type, e, ServerJsonContext.Default.CitationEvent),
                    EscalationEvent e => stream.EventAsync(e.Type, e, ServerJsonContext.Default.EscalationEvent),
                    DoneEvent e => stream.EventAsync(e.Type, e, ServerJsonContext.Default.DoneEvent),
                    _ => Task.CompletedTask,
                };
                await write.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            ServerLog.ClientGone(logger, route);
        }
        catch (Exception ex) when (stream.Started)
        {
            ServerLog.Failed(logger, "POST", route, ex.GetType().FullName ?? "?", context.TraceIdentifier, ex.StackTrace);
            var (code, text) = StreamFailures.Describe(ex, context);
            await stream.EventAsync("error", new StreamError(code, text), ServerJsonContext.Default.StreamError).ConfigureAwait(false);
        }
    }

    private static AgentSummary Summary(AgentPackage package, string? locale)
    {
        var resolved = locale is not null && package.Manifest.Name.ContainsKey(AgentPackage.Normalize(locale))
            ? AgentPackage.Normalize(locale)
            : package.Manifest.DefaultLocale;
        return new AgentSummary(package.Id, package.Localized(package.Manifest.Name, resolved), package.Localized(package.Manifest.Description, resolved),
            package.Localized(package.Manifest.Greeting, resolved), resolved, package.Safety.Disclaimer(resolved).Trim(), package.Safety.Minors is not null);
    }
}
