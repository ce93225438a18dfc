using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_sampler_chain_params</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaSamplerChainParams
{
    public byte no_perf;
}
