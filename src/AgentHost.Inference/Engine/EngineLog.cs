using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Engine;

/// <summary>Source-generated log messages of the engine (counts and codes only, never prompt or output text).</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "The decode loop failed; its active requests were ended")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "llama_decode returned {Result} for a batch of {Tokens} tokens; recovering")]
    public static partial void DecodeFailed(ILogger logger, int result, int tokens);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Engine started: model {Model}, context {Context} cells, {Sequences} sequences, batch {Batch}, {Threads} threads")]
    public static partial void Started(ILogger logger, string model, int context, int sequences, int batch, int threads);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "AgentHost is serving the RANDOM-WEIGHT DEMO MODEL ({Path}): its answers are noise. Set Inference:ModelPath to a real GGUF model.")]
    public static partial void DemoModel(ILogger logger, string path);
}
