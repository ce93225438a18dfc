namespace AgentHost.Inference.Engine;

/// <summary>What a loaded model is.</summary>
public sealed record ModelInfo
{
    public required string Path { get; init; }

    public required string Name { get; init; }

    public required string Architecture { get; init; }

    public required string Description { get; init; }

    public required long Parameters { get; init; }

    public required long SizeBytes { get; init; }

    public required int TrainedContextLength { get; init; }

    public required int EmbeddingLength { get; init; }

    public required int Layers { get; init; }

    public required int VocabularySize { get; init; }

    /// <summary>True for AgentHost's random-weight demo model: its answers are noise.</summary>
    public required bool IsDemo { get; init; }

    public string? ChatTemplate { get; init; }
}
