using System.Runtime.InteropServices;

namespace AgentHost.Inference.Native;

/// <summary>Mirrors <c>struct llama_model_params</c> of the pinned llama.h (80 bytes on x64).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaModelParams
{
    public nint devices;
    public nint tensor_buft_overrides;
    public int n_gpu_layers;
    public int split_mode;
    public int load_mode;
    public int lazy_mode;
    public int main_gpu;
    public nint tensor_split;
    public nint progress_callback;
    public nint progress_callback_user_data;
    public nint kv_overrides;
    public byte vocab_only;
    public byte check_tensors;
    public byte use_extra_bufts;
    public byte no_host;
    public byte no_alloc;
    public byte load_mtp;
}
