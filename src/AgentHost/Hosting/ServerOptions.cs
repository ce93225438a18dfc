namespace AgentHost.Hosting;

/// <summary>The <c>Server</c> configuration section: who may call the HTTP API, and how much they may send.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    /// <summary>
    /// SHA-256 hashes (hex) of the API keys that may call the API. Empty (the default): only loopback clients are
    /// answered, without a key; every other client is refused with 403.
    /// </summary>
    public List<string> ApiKeys { get; init; } = [];

    /// <summary>Largest request body in bytes; a bigger one is answered with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest user message in characters; a longer one is answered with 400.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>Seconds between keep-alive comments on an event stream that has nothing else to send.</summary>
    public int KeepAliveSeconds { get; set; } = 15;
}
