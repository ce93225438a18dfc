namespace AgentHost.Inference.Gguf;

/// <summary>How a model can be placed on a GPU of a given size.</summary>
public enum PlacementKind
{
    /// <summary>Every layer, its experts and the KV cache fit on the GPU.</summary>
    FitsEntirely,

    /// <summary>All layers on the GPU, but the experts of the first N layers stay in CPU RAM.</summary>
    ExpertsOnCpu,

    /// <summary>Only the last layers fit on the GPU (with every expert in CPU RAM for a MoE model).</summary>
    PartialOffload,

    /// <summary>Not even the output layer fits: run on the CPU.</summary>
    DoesNotFit,
}
