namespace AgentHost.Inference.Gguf;

/// <summary>Where a large metadata array's items lie in its file, to read them only when asked for.</summary>
internal sealed class GgufLazyArraySource(string path, string key, long itemsOffset, GgufValueType elementType, long count)
{
    public Array Load()
    {
        using var reader = GgufByteReader.Open(path);
        reader.Context = $"metadata key '{key}'";
        reader.Seek(itemsOffset);
        return GgufValueParser.ReadItems(reader, elementType, count, depth: 1);
    }
}
