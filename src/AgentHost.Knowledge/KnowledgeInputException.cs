namespace AgentHost.Knowledge;

/// <summary>A caller's mistake: a bad query, a missing folder, a document that cannot be read.</summary>
public sealed class KnowledgeInputException : KnowledgeException
{
    public KnowledgeInputException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
