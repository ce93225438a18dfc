using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_model_tensor_buft_override</c>: a tensor-name regex and a ggml buffer type.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaTensorBufferOverride
{
    public nint pattern;
    public nint buft;
}
