using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace AgentHost.Inference.Native;

/// <summary>
/// Routes llama.cpp and ggml log lines into <see cref="ILogger"/>. Debug lines are dropped before any managed work
/// unless debug logging is on: on small models printing them costs more than the decode itself.
/// </summary>
internal static unsafe class LlamaLogBridge
{
    private const int LevelDebug = 1;
    private const int LevelInfo = 2;
    private const int LevelWarn = 3;
    private const int LevelError = 4;
    private const int LevelContinue = 5;

    private static ILogger? _logger;
    private static bool _debugEnabled;
    private static int _lastLevel = LevelInfo;

    public static void Attach(ILogger logger)
    {
        _logger = logger;
        _debugEnabled = logger.IsEnabled(LogLevel.Debug);
        LlamaNative.llama_log_set(&OnLog, null);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, byte* text, void* userData)
    {
        var logger = _logger;
        if (logger is null || text is null)
        {
            return;
        }

        if (level == LevelContinue)
        {
            level = _lastLevel;
        }
        else
        {
            _lastLevel = level;
        }

        if (level == LevelDebug && !_debugEnabled)
        {
            return;
        }

        var line = Marshal.PtrToStringUTF8((nint)text)?.TrimEnd('\n', '\r');
        if (string.IsNullOrWhiteSpace(line) || line.AsSpan().Trim().IndexOfAnyExcept('.') < 0)
        {
            return;
        }

        var logLevel = level switch
        {
            LevelError => LogLevel.Error,
            LevelWarn => LogLevel.Warning,
            LevelInfo => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        LlamaLog.Native(logger, logLevel, line);
    }
}
