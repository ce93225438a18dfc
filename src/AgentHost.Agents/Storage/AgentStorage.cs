using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Storage;

/// <summary>
/// The three stores over one SQLite database (<c>agenthost.db</c> in the data directory). One file, so a turn and its
/// audit events commit in the same transaction. Construct it and call <see cref="InitializeAsync"/> (or use
/// <see cref="OpenAsync"/>) before using the stores.
/// </summary>
public sealed class AgentStorage : IDisposable
{
    public const string DatabaseFileName = "agenthost.db";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly string _dataDirectory;

    public AgentStorage(StorageOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dataDirectory = options.DataDirectory;
        _time = timeProvider ?? TimeProvider.System;
        _database = new SqliteDatabase(Path.Combine(Path.GetFullPath(string.IsNullOrWhiteSpace(_dataDirectory) ? "." : _dataDirectory), DatabaseFileName));
        Conversations = new ConversationStore(_database, _time);
        FollowUps = new FollowUpStore(_database, _time);
        Audit = new AuditLog(_database, _time);
    }

    public ConversationStore Conversations { get; }

    public FollowUpStore FollowUps { get; }

    public AuditLog Audit { get; }

    /// <summary>Full path of the database file (back it up together with its -wal file, or with SQLite's backup API).</summary>
    public string DatabasePath => _database.FilePath;

    /// <summary>Creates the stores in <paramref name="options"/>' data directory and brings the schema up to date.</summary>
    public static async Task<AgentStorage> OpenAsync(StorageOptions options, TimeProvider? timeProvider, CancellationToken cancellationToken)
    {
        var storage = new AgentStorage(options, timeProvider);
        try
        {
            await storage.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return storage;
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks the data directory, creates or migrates the schema (WAL mode, schema_version) and restores the audit
    /// triggers. Throws <see cref="StorageException"/> with one line saying what is wrong.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var problem = DataDirectoryCheck.FindProblem(_dataDirectory);
        if (problem is not null)
        {
            throw new StorageException("storage_directory_unusable", problem);
        }

        try
        {
            await SchemaMigrations.ApplyAsync(_database, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new StorageException(
                "storage_open_failed",
                $"The database '{DatabasePath}' cannot be opened or migrated (SQLite error {ex.SqliteErrorCode}); is it an AgentHost database?",
                ex);
        }
    }

    public void Dispose() => _database.Dispose();
}
