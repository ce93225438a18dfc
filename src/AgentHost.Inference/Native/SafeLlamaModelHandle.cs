using Microsoft.Win32.SafeHandles;

namespace AgentHost.Inference.Native;

/// <summary>Owns a <c>llama_model*</c>; frees it once no context holds a reference.</summary>
internal sealed class SafeLlamaModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLlamaModelHandle() : base(ownsHandle: true)
    {
    }

    public SafeLlamaModelHandle(nint handle) : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        LlamaNative.llama_model_free(handle);
        return true;
    }
}
