using Microsoft.Win32.SafeHandles;

namespace AgentHost.Inference.Native;

/// <summary>Owns a <c>llama_sampler*</c> (a chain frees the samplers added to it).</summary>
internal sealed class SafeLlamaSamplerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLlamaSamplerHandle() : base(ownsHandle: true)
    {
    }

    public SafeLlamaSamplerHandle(nint handle) : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        LlamaNative.llama_sampler_free(handle);
        return true;
    }
}
