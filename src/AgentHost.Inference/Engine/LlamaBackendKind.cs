namespace AgentHost.Inference.Engine;

/// <summary>Which prebuilt llama.cpp build to load.</summary>
public enum LlamaBackendKind
{
    /// <summary>CPU only (<c>llama/cpu</c> next to the app).</summary>
    Cpu,

    /// <summary>CUDA 13 (<c>llama/cuda</c>; needs libcudart.so.13 and libcublas.so.13 on the host).</summary>
    Cuda,
}
