namespace AgentHost.Inference.Engine;

/// <summary>A ggml compute device (CPU or GPU) as llama.cpp sees it.</summary>
public sealed record ComputeDevice(string Name, string Description, string Kind, long TotalBytes, long FreeBytes);
