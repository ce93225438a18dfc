using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_logit_bias</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaLogitBias
{
    public int token;
    public float bias;
}
