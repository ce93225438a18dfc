using Microsoft.Win32.SafeHandles;

namespace AgentHost.Inference.Native;

/// <summary>Owns a <c>llama_context*</c> and holds a reference on its model so the model outlives it.</summary>
internal sealed class SafeLlamaContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly SafeLlamaModelHandle? _model;

    public SafeLlamaContextHandle() : base(ownsHandle: true)
    {
    }

    public SafeLlamaContextHandle(nint handle, SafeLlamaModelHandle model) : base(ownsHandle: true)
    {
        var added = false;
        model.DangerousAddRef(ref added);
        _model = model;
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        LlamaNative.llama_free(handle);
        _model?.DangerousRelease();
        return true;
    }
}
