namespace AgentHost.Inference.Gguf;

/// <summary>The sizes of random-weight demo model that <see cref="DemoModelGenerator"/> writes.</summary>
public enum DemoModelSize
{
    /// <summary>About 27 MB (mostly the tokenizer and the two vocabulary matrices): for tests.</summary>
    Tiny,

    /// <summary>About 1 B parameters (0.23 B active per token), Q8_0, about 1.1 GB: for benchmarks and the demo.</summary>
    Small,
}
