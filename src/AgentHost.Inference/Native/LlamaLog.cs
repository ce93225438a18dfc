using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Native;

/// <summary>Source-generated log messages for the native layer.</summary>
internal static partial class LlamaLog
{
    [LoggerMessage(EventId = 1000, Message = "llama.cpp: {Line}")]
    public static partial void Native(ILogger logger, LogLevel level, string line);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "llama.cpp backends loaded from {Directory}: {Devices}")]
    public static partial void BackendsLoaded(ILogger logger, string directory, string devices);
}
