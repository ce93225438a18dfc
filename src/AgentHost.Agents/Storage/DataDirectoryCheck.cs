namespace AgentHost.Agents.Storage;

/// <summary>Proves a data directory can be created and written before anything is stored in it.</summary>
internal static class DataDirectoryCheck
{
    /// <summary>Creates the directory and writes and removes a probe file; returns why that failed, or null.</summary>
    public static string? FindProblem(string? dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            return "Storage:DataDirectory must not be empty.";
        }

        try
        {
            var full = Path.GetFullPath(dataDirectory);
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"Storage:DataDirectory '{dataDirectory}' cannot be created or written: permission denied.";
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            // The lower-level message can be long or localized; the path and the kind of failure are what an operator needs.
            return $"Storage:DataDirectory '{dataDirectory}' cannot be created or written ({ex.GetType().Name}).";
        }
    }
}
