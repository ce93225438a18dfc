using AgentHost.Core;

namespace AgentHost.Knowledge;

/// <summary>
/// The root of the retrieval errors. Messages name files, collections and fields, never document or query text.
/// </summary>
public abstract class KnowledgeException : AgentHostException
{
    protected KnowledgeException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
