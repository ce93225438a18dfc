namespace AgentHost.Inference.Gguf;

/// <summary>Bytes of one repeating layer's weights, split the way placement splits them.</summary>
/// <param name="Index">The block index <c>N</c> of <c>blk.N.*</c>.</param>
/// <param name="ExpertBytes">Routed-expert tensors (<c>ffn_(up|down|gate|gate_up)_(ch|)exps</c>), which can stay in CPU RAM.</param>
/// <param name="OtherBytes">Everything else: attention, norms, router, shared expert, dense feed-forward.</param>
public sealed record LayerWeights(int Index, long ExpertBytes, long OtherBytes)
{
    public long TotalBytes => ExpertBytes + OtherBytes;
}
