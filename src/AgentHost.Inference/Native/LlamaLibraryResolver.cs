using System.Reflection;
using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>
/// Maps the logical library names used by the imports ("llama", "ggml", "ggml-base") to files in one directory:
/// the pinned npm builds (<c>libllama.v0.5.0.so</c>, <c>libllama.cuda.v0.5.0.so</c>) or a libllama the user built
/// (<c>libllama.so</c>).
/// </summary>
internal static class LlamaLibraryResolver
{
    private static readonly Lock Gate = new();
    private static string? _directory;
    private static bool _registered;

    public static string? Directory => Volatile.Read(ref _directory);

    public static void Use(string directory)
    {
        lock (Gate)
        {
            _directory = directory;
            if (!_registered)
            {
                NativeLibrary.SetDllImportResolver(typeof(LlamaLibraryResolver).Assembly, Resolve);
                _registered = true;
            }
        }
    }

    /// <summary>The file that provides a logical library in <paramref name="directory"/>, or null.</summary>
    public static string? FindFile(string directory, string logicalName)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return null;
        }

        var exact = Path.Combine(directory, $"lib{logicalName}.so");
        if (File.Exists(exact))
        {
            return exact;
        }

        // Versioned names of the npm builds: libllama.v0.5.0.so, libllama.cuda.v0.5.0.so, libggml.cuda.v0.5.0.so.
        return System.IO.Directory.EnumerateFiles(directory, $"lib{logicalName}.*so")
            .Where(f => Path.GetFileName(f).StartsWith($"lib{logicalName}.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var directory = Directory;
        if (directory is null)
        {
            return 0;
        }

        var file = FindFile(directory, libraryName);
        return file is null ? 0 : NativeLibrary.Load(file);
    }
}
