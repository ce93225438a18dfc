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

    public static async Task<ConversationSession> SessionAsync(ConversationStore conversations, string agentId, string sessionId, CancellationToken cancellationToken)
    {
        var session = await conversations.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return session is not null && session.AgentId == agentId
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
