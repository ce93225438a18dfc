using AgentHost.Agents.Storage;
using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Tests.Storage;

/// <summary>Opened stores in a fresh data directory, plus raw SQL access for the tests that play the intruder.</summary>
internal sealed class TempStorage : IDisposable
{
    private readonly TempDataDirectory _directory;

    private TempStorage(TempDataDirectory directory, AgentStorage storage)
    {
        _directory = directory;
        Storage = storage;
    }

    public AgentStorage Storage { get; private set; }

    public string DataDirectory => _directory.Path;

    public static async Task<TempStorage> OpenAsync()
    {
        var directory = new TempDataDirectory();
        var storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = directory.Path }, null, CancellationToken.None);
        return new TempStorage(directory, storage);
    }

    /// <summary>Closes and opens the stores again, as a restart would.</summary>
    public async Task ReopenAsync()
    {
        Storage.Dispose();
        Storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = _directory.Path }, null, CancellationToken.None);
    }

    /// <summary>Runs SQL straight on the file, as someone with direct access to it could.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Storage.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarRawAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Storage.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        Storage.Dispose();
        _directory.Dispose();
    }
}
