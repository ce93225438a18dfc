using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_batch</c> (56 bytes on x64). The arrays are owned by <see cref="NativeBatch"/>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LlamaBatch
{
    public int n_tokens;
    public int* token;
    public float* embd;
    public int* pos;
    public int* n_seq_id;
    public int** seq_id;
    public sbyte* logits;
}
