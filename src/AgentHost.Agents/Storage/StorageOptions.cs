namespace AgentHost.Agents.Storage;

/// <summary>The <c>Storage</c> configuration section: where conversations, follow-up records and the audit log live.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder of the SQLite database; created when missing. Relative paths resolve against the working directory.</summary>
    public string DataDirectory { get; set; } = "data";
}
