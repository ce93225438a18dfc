using AgentHost.Core;

namespace AgentHost.Agents.Storage;

/// <summary>
/// A record handed to a store breaks its rules. The message names the field and the rule, never the value, because
/// the value may be patient text.
/// </summary>
public sealed class InvalidStorageRecordException : AgentHostException
{
    public InvalidStorageRecordException(string message)
        : base("invalid_storage_record", message)
    {
    }
}
