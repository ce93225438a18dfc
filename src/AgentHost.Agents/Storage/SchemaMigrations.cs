namespace AgentHost.Agents.Storage;

/// <summary>
/// The database schema, as an ordered list of migrations recorded in <c>schema_version</c>. A released migration is
/// never edited: a change is a new entry at the end.
/// </summary>
internal static class SchemaMigrations
{
    // Turn rows: one exchange (turn_index, from 1) is a user row at position 0, one tool row per tool call (text = the
    // tool's result, tool_calls = that call with its arguments), and the assistant row last (answer, citations,
    // escalation, model and package versions, token counts). All rows of a turn are written in one transaction.
    private const string Version1 = """
        CREATE TABLE sessions (
            session_id TEXT PRIMARY KEY,
            agent_id TEXT NOT NULL,
            subject_id TEXT,
            locale TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            turn_count INTEGER NOT NULL DEFAULT 0,
            escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
            needs_human_followup INTEGER NOT NULL DEFAULT 0 CHECK (needs_human_followup IN (0, 1))
        ) STRICT;
        CREATE INDEX ix_sessions_followup ON sessions (updated_at) WHERE needs_human_followup = 1;
        CREATE INDEX ix_sessions_subject ON sessions (subject_id);

        CREATE TABLE turns (
            session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
            turn_index INTEGER NOT NULL CHECK (turn_index >= 1),
            position INTEGER NOT NULL CHECK (position >= 0),
            role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'tool')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            tool_calls TEXT CHECK (tool_calls IS NULL OR json_valid(tool_calls)),
            citations TEXT CHECK (citations IS NULL OR json_valid(citations)),
            escalation TEXT,
            model_id TEXT,
            package_version TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            PRIMARY KEY (session_id, turn_index, position)
        ) STRICT;

        CREATE TABLE measurements (
            measurement_id INTEGER PRIMARY KEY,
            subject_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            measured_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('patient_reported', 'tool', 'import')),
            agent_id TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX ix_measurements_subject_kind ON measurements (subject_id, kind, measured_at, measurement_id);

        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            event_type TEXT NOT NULL,
            agent_id TEXT,
            session_id TEXT,
            subject_id TEXT,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;
        """;

    // Re-created at every open (IF NOT EXISTS): someone who dropped them to edit the log gets them back at next start,
    // and the hash chain still shows what was done meanwhile.
    private const string AuditTriggers = """
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """;

    private static readonly string[] s_migrations = [Version1];

    public static int LatestVersion => s_migrations.Length;

    /// <summary>Switches the file to WAL, applies the missing migrations in one transaction, and restores the triggers.</summary>
    public static async Task ApplyAsync(SqliteDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        using (var wal = connection.CreateCommand())
        {
            // journal_mode is stored in the file: set once, it holds for every later connection.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageException("storage_wal_unavailable", $"The database '{database.FilePath}' cannot use write-ahead logging (journal mode stayed '{mode}').");
            }
        }

        await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await SqlCommands.ExecuteAsync(
                    connection,
                    transaction,
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT;",
                    token).ConfigureAwait(false);
                var current = Convert.ToInt32(
                    await SqlCommands.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", token).ConfigureAwait(false),
                    System.Globalization.CultureInfo.InvariantCulture);
                if (current > LatestVersion)
                {
                    throw new StorageException(
                        "storage_schema_too_new",
                        $"The database '{database.FilePath}' has schema version {current}; this AgentHost knows up to {LatestVersion}. Run the newer AgentHost or restore a backup.");
                }

                for (var version = current + 1; version <= LatestVersion; version++)
                {
                    await SqlCommands.ExecuteAsync(connection, transaction, s_migrations[version - 1], token).ConfigureAwait(false);
                    await SqlCommands.ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO schema_version (version, applied_at) VALUES ($version, $at);",
                        token,
                        ("$version", version),
                        ("$at", StorageTime.ToText(time.GetUtcNow()))).ConfigureAwait(false);
                }

                await SqlCommands.ExecuteAsync(connection, transaction, AuditTriggers, token).ConfigureAwait(false);
                return current;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
