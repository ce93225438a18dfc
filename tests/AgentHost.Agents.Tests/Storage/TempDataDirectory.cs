using Microsoft.Data.Sqlite;

namespace AgentHost.Agents.Tests.Storage;

/// <summary>A fresh data directory under the temp folder, removed (with SQLite's pooled handles) at the end.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agenthost-storage-" + Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
