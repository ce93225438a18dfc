namespace AgentHost.Hosting;

/// <summary>The server's log lines; none carries message text.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "AgentHost is listening on {Addresses}")]
    public static partial void Listening(ILogger logger, string addresses);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Request {Method} {Route} refused with {Status} ({Code})")]
    public static partial void Refused(ILogger logger, string method, string route, int status, string code);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Request {Method} {Route} failed with {ExceptionType} (trace {TraceId}) at {StackTrace}")]
    public static partial void Failed(ILogger logger, string method, string route, string exceptionType, string traceId, string? stackTrace);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Refused a request from non-loopback address {Address}: no API keys are configured, so only loopback clients are served")]
    public static partial void NotLoopback(ILogger logger, string address);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "A stream of {Route} ended early: the client went away")]
    public static partial void ClientGone(ILogger logger, string route);
}
