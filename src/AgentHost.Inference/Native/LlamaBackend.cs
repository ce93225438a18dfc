using System.Runtime.InteropServices;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Native;

/// <summary>
/// Loads llama.cpp once per process from one directory: sets the import resolver, routes the native log into
/// <see cref="ILogger"/>, and loads the ggml backends (without <c>ggml_backend_load_all_from_path</c> no CPU or GPU
/// backend exists and every model load fails).
/// </summary>
internal static unsafe class LlamaBackend
{
    private static readonly Lock Gate = new();
    private static string? _loadedFrom;

    public static bool IsInitialized => Volatile.Read(ref _loadedFrom) is not null;

    /// <summary>The default library directory for a backend: <c>llama/cpu</c> or <c>llama/cuda</c> next to the app.</summary>
    public static string DefaultDirectory(LlamaBackendKind kind) =>
        Path.Combine(AppContext.BaseDirectory, "llama", kind == LlamaBackendKind.Cuda ? "cuda" : "cpu");

    public static void Initialize(string libraryDirectory, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var directory = Path.GetFullPath(libraryDirectory);
        lock (Gate)
        {
            foreach (var name in (string[])["llama", "ggml", "ggml-base"])
            {
                if (LlamaLibraryResolver.FindFile(directory, name) is null)
                {
                    throw new LlamaLibraryException("llama_library_not_found",
                        $"No lib{name}*.so in the llama.cpp library directory '{directory}'. Build the project once (it fetches the pinned libraries), or set Inference:LibraryDirectory to a folder with libllama.so, libggml.so and libggml-base.so.");
                }
            }

            if (_loadedFrom is not null)
            {
                if (!string.Equals(_loadedFrom, directory, StringComparison.Ordinal))
                {
                    throw new LlamaLibraryException("llama_library_conflict",
                        $"llama.cpp is already loaded from '{_loadedFrom}'; one process uses one library directory (asked for '{directory}').");
                }

                return;
            }

            LlamaLibraryResolver.Use(directory);
            try
            {
                LlamaLogBridge.Attach(logger);
                GgmlNative.ggml_backend_load_all_from_path(directory);
                LlamaNative.llama_backend_init();
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                throw new LlamaLibraryException("llama_library_load_failed",
                    $"The llama.cpp libraries in '{directory}' could not be loaded ({ex.GetType().Name}); they must be the pinned build (llama.cpp {LlamaVersion.Tag}) for linux-x64.", ex);
            }

            var devices = ListDevices();
            if (devices.Count == 0)
            {
                throw new LlamaLibraryException("llama_backend_missing",
                    $"llama.cpp loaded from '{directory}' but no compute backend (libggml-cpu-*.so, libggml-cuda.so) could be loaded from it.");
            }

            LlamaLog.BackendsLoaded(logger, directory, string.Join(", ", devices.Select(d => $"{d.Name} ({d.Kind})")));
            _loadedFrom = directory;
        }
    }

    public static IReadOnlyList<ComputeDevice> ListDevices()
    {
        var count = (int)GgmlNative.ggml_backend_dev_count();
        var devices = new List<ComputeDevice>(count);
        for (var i = 0; i < count; i++)
        {
            var device = GgmlNative.ggml_backend_dev_get((nuint)i);
            nuint free = 0, total = 0;
            GgmlNative.ggml_backend_dev_memory(device, &free, &total);
            var kind = GgmlNative.ggml_backend_dev_type(device) switch
            {
                GgmlNative.DeviceTypeCpu => "cpu",
                GgmlNative.DeviceTypeGpu => "gpu",
                GgmlNative.DeviceTypeIntegratedGpu => "igpu",
                _ => "other",
            };
            devices.Add(new ComputeDevice(
                Marshal.PtrToStringUTF8((nint)GgmlNative.ggml_backend_dev_name(device)) ?? "?",
                Marshal.PtrToStringUTF8((nint)GgmlNative.ggml_backend_dev_description(device)) ?? "",
                kind,
                (long)total,
                (long)free));
        }

        return devices;
    }
}
