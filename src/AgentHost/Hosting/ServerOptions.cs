namespace AgentHost.Hosting;

/// <summary>The <c>Server</c> configuration section: who may call the HTTP API, and how much they may send.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    /// <summary>
    /// SHA-256 hashes (hex) of the API keys that may call the API, each optionally scoped: <c>hash:agent-a,agent-b</c>
    /// (only those agents), <c>hash:admin</c> (also the admin endpoints). Empty (the default): only loopback clients are
    /// answered, without a key; every other client is refused with 403.
    /// </summary>
    public List<string> ApiKeys { get; init; } = [];

    /// <summary>
    /// The secret (at least 32 characters) the hospital's portal signs widget session tokens with (HMAC-SHA256 JWT:
    /// <c>sub</c> = pseudonymous subject, <c>agents</c> = allowed agent ids, optional <c>locale</c>, <c>exp</c>).
    /// Empty: widget tokens are not accepted.
    /// </summary>
    public string? WidgetTokenSecret { get; set; }

    /// <summary>The <c>iss</c> widget tokens must carry; empty: not checked.</summary>
    public string? WidgetTokenIssuer { get; set; }

    /// <summary>
    /// Web origins (e.g. https://portal.hospital.example) whose pages may call the widget API from a browser (CORS) —
    /// the hospital portal that embeds the widget with session tokens.
    /// </summary>
    public List<string> AllowedOrigins { get; init; } = [];

    /// <summary>
    /// Agents open without any credential, per agent id, to pages of these origins only (e.g. a public child-growth
    /// assistant on the hospital website). Such visitors are anonymous: no subject, no follow-up records.
    /// </summary>
    public Dictionary<string, List<string>> AnonymousOrigins { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Every origin a browser page may call from (CORS).</summary>
    public IEnumerable<string> CorsOrigins => AllowedOrigins.Concat(AnonymousOrigins.Values.SelectMany(o => o)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Largest request body in bytes; a bigger one is answered with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest user message in characters; a longer one is answered with 400.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>
    /// Chat messages one client (an API key, or an address when no keys are configured) may send per minute; more are
    /// answered with 429 and Retry-After. 0 turns the limit off.
    /// </summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Seconds between keep-alive comments on an event stream that has nothing else to send.</summary>
    public int KeepAliveSeconds { get; set; } = 15;
}
