namespace AgentHost.Inference.Gguf;

/// <summary>One bar of a model's tensor-type histogram.</summary>
public sealed record TensorTypeStatistics(GgmlType Type, int TensorCount, long ElementCount, long ByteSize)
{
    public string TypeName => GgmlTypeTraits.GetName(Type);
}
