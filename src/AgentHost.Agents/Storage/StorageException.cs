using AgentHost.Core;

namespace AgentHost.Agents.Storage;

/// <summary>The stores cannot be opened or used: the data directory, the database file or its schema is unusable.</summary>
public sealed class StorageException : AgentHostException
{
    public StorageException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    public override int StatusCode => 500;
}
