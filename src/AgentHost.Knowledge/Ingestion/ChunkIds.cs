using System.Security.Cryptography;
using System.Text;

namespace AgentHost.Knowledge.Ingestion;

/// <summary>
/// Stable chunk ids: UUIDv5 (RFC 9562, SHA-1) of "collection\ndocument id\nchunk index" in AgentHost's own namespace,
/// so re-ingesting a document overwrites the same ids in any store and Qdrant point ids are reproducible.
/// </summary>
public static class ChunkIds
{
    /// <summary>AgentHost knowledge namespace (a fixed random UUID).</summary>
    public static readonly Guid Namespace = new("3f6c2b1e-8d4a-4f7e-9c35-6a0b52d1e7c4");

    public static Guid For(string collection, string documentId, int chunkIndex) =>
        V5(Namespace, $"{collection}\n{documentId}\n{chunkIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    public static Guid V5(Guid namespaceId, string name)
    {
        var namespaceBytes = namespaceId.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // UUIDv5 is defined on SHA-1; it is an identifier, not a security hash.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
