using System.Runtime.InteropServices;
using AgentHost.Inference.Gguf;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>
/// A native <c>llama_model_tensor_buft_override</c> array that keeps the MoE expert tensors of the first N layers
/// in CPU memory (pattern <c>blk\.{i}\.ffn_(up|down|gate|gate_up)_(ch|)exps</c>, CPU buffer type), ended by
/// {NULL, NULL}. It must stay alive until the model has loaded.
/// </summary>
internal sealed class ExpertPlacement : IDisposable
{
    private readonly List<nint> _strings = [];
    private nint _array;

    private ExpertPlacement()
    {
    }

    /// <summary>The array pointer for llama_model_params, or 0 when nothing is overridden.</summary>
    public nint Pointer => _array;

    public static ExpertPlacement KeepExpertsOnCpu(int layers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layers);
        var placement = new ExpertPlacement();
        if (layers == 0)
        {
            return placement;
        }

        var cpu = GgmlNative.ggml_backend_cpu_buffer_type();
        var size = Marshal.SizeOf<LlamaTensorBufferOverride>();
        placement._array = Marshal.AllocHGlobal(size * (layers + 1));
        for (var i = 0; i <= layers; i++)
        {
            var entry = new LlamaTensorBufferOverride();
            if (i < layers)
            {
                var pattern = Marshal.StringToCoTaskMemUTF8(GpuPlacement.ExpertPattern(i));
                placement._strings.Add(pattern);
                entry.pattern = pattern;
                entry.buft = cpu;
            }

            Marshal.StructureToPtr(entry, placement._array + (i * size), fDeleteOld: false);
        }

        return placement;
    }

    public void Dispose()
    {
        foreach (var s in _strings)
        {
            Marshal.FreeCoTaskMem(s);
        }

        _strings.Clear();
        if (_array != 0)
        {
            Marshal.FreeHGlobal(_array);
            _array = 0;
        }
    }
}
