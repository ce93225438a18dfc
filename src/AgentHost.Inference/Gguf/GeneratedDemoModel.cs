namespace AgentHost.Inference.Gguf;

/// <summary>What <see cref="DemoModelGenerator"/> wrote.</summary>
public sealed record GeneratedDemoModel(
    string Path,
    DemoModelSpec Spec,
    int Seed,
    int VocabularySize,
    int EndOfGenerationTokenId,
    long TotalParameters,
    long ActiveParameters,
    long FileSize);
