using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>The few ggml functions AgentHost needs: backend loading, device listing, the CPU buffer type.</summary>
internal static unsafe partial class GgmlNative
{
    private const string Ggml = "ggml";
    private const string GgmlBase = "ggml-base";

    public const int DeviceTypeCpu = 0;
    public const int DeviceTypeGpu = 1;
    public const int DeviceTypeIntegratedGpu = 2;

    [LibraryImport(Ggml, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void ggml_backend_load_all_from_path(string directory);
    [LibraryImport(Ggml)] public static partial nuint ggml_backend_dev_count();
    [LibraryImport(Ggml)] public static partial nint ggml_backend_dev_get(nuint index);
    [LibraryImport(GgmlBase)] public static partial byte* ggml_backend_dev_name(nint device);
    [LibraryImport(GgmlBase)] public static partial byte* ggml_backend_dev_description(nint device);
    [LibraryImport(GgmlBase)] public static partial void ggml_backend_dev_memory(nint device, nuint* free, nuint* total);
    [LibraryImport(GgmlBase)] public static partial int ggml_backend_dev_type(nint device);
    [LibraryImport(GgmlBase)] public static partial nint ggml_backend_cpu_buffer_type();
}
