using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AgentHost.Agents.Packages;

/// <summary>
/// The agents the host serves. Every package is validated at start (any invalid package stops the host with its
/// problems listed); afterwards a changed package is reloaded in place, and a broken edit keeps the last good
/// version serving while the log says why.
/// </summary>
public sealed class AgentCatalog : IDisposable
{
    private readonly string _directory;
    private readonly PackageLoadContext _context;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, AgentPackage> _packages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Timer> _pendingReloads = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;

    private AgentCatalog(string directory, PackageLoadContext context, ILogger logger)
    {
        _directory = directory;
        _context = context;
        _logger = logger;
    }

    public IReadOnlyCollection<AgentPackage> Packages => [.. _packages.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>Raised after a package was reloaded successfully.</summary>
    public event Action<AgentPackage>? Reloaded;

    /// <summary>Loads every package in <paramref name="directory"/>; throws with all problems if any is invalid.</summary>
    public static AgentCatalog Load(string directory, PackageLoadContext context, ILogger logger, bool watch)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new AgentPackageException("agents", [new PackageProblem(directory, 0, "the agents folder does not exist")]);
        }

        var catalog = new AgentCatalog(full, context, logger);
        var problems = new List<PackageProblem>();
        foreach (var packageDirectory in PackageDirectories(full))
        {
            var (package, found) = AgentPackageLoader.TryLoad(packageDirectory, context);
            problems.AddRange(found);
            if (package is not null)
            {
                catalog._packages[package.Id] = package;
            }
        }

        if (problems.Count > 0)
        {
            throw new AgentPackageException(Path.GetFileName(full), problems);
        }

        if (watch)
        {
            catalog.Watch();
        }

        return catalog;
    }

    /// <summary>Package folders: every subfolder holding an agent.yaml (folders starting with '_' or '.' are skipped).</summary>
    public static IEnumerable<string> PackageDirectories(string directory) =>
        System.IO.Directory.EnumerateDirectories(directory)
            .Where(d => Path.GetFileName(d) is var name && !name.StartsWith('_') && !name.StartsWith('.'))
            .Order(StringComparer.Ordinal);

    public bool TryGet(string id, out AgentPackage package) => _packages.TryGetValue(id, out package!);

    /// <summary>Reloads one package now; returns false (and keeps the old version) when the new one is invalid.</summary>
    public bool Reload(string id) => TryReload(id, out _);

    /// <summary>Reloads one package now; on failure the old version keeps serving and <paramref name="problems"/> says why.</summary>
    public bool TryReload(string id, out IReadOnlyList<PackageProblem> problems)
    {
        var (package, found) = AgentPackageLoader.TryLoad(Path.Combine(_directory, id), _context);
        problems = found;
        if (package is null)
        {
            CatalogLog.ReloadRejected(_logger, id, found.Count, string.Join("; ", found));
            return false;
        }

        _packages[id] = package;
        CatalogLog.Reloaded(_logger, id, package.Manifest.Version, package.ContentHash[..12]);
        Reloaded?.Invoke(package);
        return true;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        foreach (var timer in _pendingReloads.Values)
        {
            timer.Dispose();
        }
    }

    private void Watch()
    {
        _watcher = new FileSystemWatcher(_directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += (_, e) => Schedule(e.FullPath);
        _watcher.Created += (_, e) => Schedule(e.FullPath);
        _watcher.Deleted += (_, e) => Schedule(e.FullPath);
        _watcher.Renamed += (_, e) => Schedule(e.FullPath);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Editors write a file in several steps: reload once the package has been quiet for a moment.</summary>
    private void Schedule(string path)
    {
        var relative = Path.GetRelativePath(_directory, path);
        var id = relative.Split(Path.DirectorySeparatorChar)[0];
        if (id is "." or ".." || id.StartsWith('_') || id.StartsWith('.') || !_packages.ContainsKey(id))
        {
            return;
        }

        var timer = _pendingReloads.GetOrAdd(id, key => new Timer(_ => Reload(key)));
        timer.Change(TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
    }
}
