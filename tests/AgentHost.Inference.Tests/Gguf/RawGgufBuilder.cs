using System.Buffers.Binary;
using System.Text;

namespace AgentHost.Inference.Tests.Gguf;

/// <summary>Builds GGUF bytes by hand, to produce files the writer never would (bad types, versions, alignments).</summary>
internal sealed class RawGgufBuilder
{
    private readonly MemoryStream _bytes = new();

    public RawGgufBuilder Magic(string magic = "GGUF") => Bytes(Encoding.ASCII.GetBytes(magic));

    public RawGgufBuilder UInt32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        _bytes.Write(b);
        return this;
    }

    public RawGgufBuilder UInt64(ulong value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(b, value);
        _bytes.Write(b);
        return this;
    }

    public RawGgufBuilder String(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        UInt64((ulong)utf8.Length);
        return Bytes(utf8);
    }

    public RawGgufBuilder Header(uint version, ulong tensors, ulong metadata) => Magic().UInt32(version).UInt64(tensors).UInt64(metadata);

    public RawGgufBuilder Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public RawGgufBuilder PadTo(int alignment)
    {
        while (_bytes.Length % alignment != 0)
        {
            _bytes.WriteByte(0);
        }

        return this;
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, _bytes.ToArray());
        return path;
    }
}
