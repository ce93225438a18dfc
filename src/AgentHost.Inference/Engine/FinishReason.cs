namespace AgentHost.Inference.Engine;

/// <summary>Why a generation ended.</summary>
public enum FinishReason
{
    /// <summary>End-of-generation token or a stop sequence.</summary>
    Stop,

    /// <summary>The token limit (max tokens, or the context window) was reached.</summary>
    Length,
}
