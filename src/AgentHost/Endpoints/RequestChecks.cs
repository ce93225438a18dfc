using AgentHost.Agents.Packages;
using AgentHost.Agents.Storage;
using AgentHost.Hosting;

namespace AgentHost.Endpoints;

/// <summary>The checks every chat endpoint makes before a turn starts, so a bad request fails with its own status.</summary>
internal static class RequestChecks
{
    public static AgentPackage Agent(AgentCatalog catalog, string id, string code = "unknown_agent") =>
        catalog.TryGet(id, out var package)
            ? package
            : throw new ApiRequestException(code, "There is no such agent; GET /api/agents (or /v1/models) lists them.", 404);

    /// <summary>
    /// The agent, when the caller may use it: a widget token, or an API key scoped to agents, names the agents its
    /// holder may talk to.
    /// </summary>
    public static AgentPackage Agent(HttpContext context, AgentCatalog catalog, string id, string code = "unknown_agent")
    {
        var agent = Agent(catalog, id, code);
        return MayUse(context, agent.Id)
            ? agent
            : throw new ApiRequestException("agent_not_allowed", "These credentials do not allow this agent.", 403);
    }

    /// <summary>Whether the caller's widget token or API key allows the agent (no credential: the host's access rule decided).</summary>
    public static bool MayUse(HttpContext context, string agentId) =>
        (context.Features.Get<WidgetToken>() is not { } token || token.Allows(agentId))
        && (context.Features.Get<ApiKeyEntry>() is not { } key || key.Allows(agentId))
        && (context.Features.Get<AnonymousAccess>() is not { } anonymous || anonymous.Allows(agentId));

    /// <summary>
    /// The admin endpoints: an API key with the admin scope, or — while no keys are configured and only this machine is
    /// served — any local caller.
    /// </summary>
    public static void RequireAdmin(HttpContext context, ServerOptions options)
    {
        var allowed = context.Features.Get<WidgetToken>() is null && context.Features.Get<AnonymousAccess>() is null
            && (options.ApiKeys.Count == 0 || context.Features.Get<ApiKeyEntry>() is { Admin: true });
        if (!allowed)
        {
            throw new ApiRequestException("admin_only", "This endpoint needs an API key with the admin scope.", 403);
        }
    }

    /// <summary>
    /// The session of this agent; with a widget token, only one of the token's subject — another subject's session is
    /// answered exactly like a missing one, so ids cannot be probed.
    /// </summary>
    public static async Task<ConversationSession> SessionAsync(ConversationStore conversations, string agentId, string sessionId, CancellationToken cancellationToken, WidgetToken? token = null)
    {
        var session = await conversations.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return session is not null && session.AgentId == agentId && (token is null || session.SubjectId == token.Subject)
            ? session
            : throw new ApiRequestException("unknown_session", "There is no such session for this agent.", 404);
    }

    public static string Message(string? message, ServerOptions options)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ApiRequestException("empty_message", "The message is empty.");
        }

        return message.Length <= options.MaxMessageLength
            ? message
            : throw new ApiRequestException("message_too_long", $"The message is longer than {options.MaxMessageLength} characters.");
    }

    /// <summary>The locale asked for: the query's <c>locale</c>, else the first Accept-Language tag.</summary>
    public static string? Locale(HttpRequest request)
    {
        if (request.Query["locale"].ToString() is { Length: > 0 } query)
        {
            return query;
        }

        var accept = request.Headers.AcceptLanguage.ToString();
        var first = accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first?.Split(';')[0];
    }
}
