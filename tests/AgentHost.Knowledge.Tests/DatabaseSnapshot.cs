namespace AgentHost.Knowledge.Tests;

/// <summary>What the crash test reads back from a reopened database.</summary>
internal sealed record DatabaseSnapshot(string Integrity, long Chunks, long Expected, long Indexed, IReadOnlyDictionary<string, long> Markers)
{
    public long WithMarker(string marker) => Markers[marker];
}
