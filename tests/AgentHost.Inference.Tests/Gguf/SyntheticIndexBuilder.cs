using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

/// <summary>Lays tensors out as a writer would (32-byte aligned) and wraps them in a <see cref="GgufFile"/> with no file behind it.</summary>
internal sealed class SyntheticIndexBuilder
{
    private readonly List<GgufTensorInfo> _tensors = [];
    private long _offset;

    public void Add(string name, long[] shape, GgmlType type)
    {
        var tensor = new GgufTensorInfo(name, shape, type, _offset);
        _tensors.Add(tensor);
        _offset += (tensor.ByteSize + 31) / 32 * 32;
    }

    public GgufFile Build(string fileName, Dictionary<string, GgufValue> metadata)
    {
        const long dataOffset = 8 * 1024 * 1024;
        return new GgufFile($"/models/{fileName}", dataOffset + _offset, 3, 32, dataOffset, new GgufMetadata(metadata, fileName), _tensors);
    }
}
