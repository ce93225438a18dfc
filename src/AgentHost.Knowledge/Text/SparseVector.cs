namespace AgentHost.Knowledge.Text;

/// <summary>Unique ascending indices with their weights.</summary>
public sealed record SparseVector(IReadOnlyList<uint> Indices, IReadOnlyList<float> Values);
