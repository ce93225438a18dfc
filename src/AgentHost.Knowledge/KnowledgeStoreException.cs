namespace AgentHost.Knowledge;

/// <summary>The store failed or refused (database error, Qdrant unreachable, too old, or answering 4xx/5xx).</summary>
public sealed class KnowledgeStoreException : KnowledgeException
{
    private readonly int _statusCode;

    public KnowledgeStoreException(string code, string message, int statusCode = 503, Exception? innerException = null)
        : base(code, message, innerException)
    {
        _statusCode = statusCode;
    }

    public override int StatusCode => _statusCode;
}
