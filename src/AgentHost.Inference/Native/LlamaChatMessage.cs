using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_chat_message</c>: two UTF-8 C strings.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LlamaChatMessage
{
    public byte* role;
    public byte* content;
}
