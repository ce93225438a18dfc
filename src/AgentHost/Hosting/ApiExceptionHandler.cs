using AgentHost.Core;
using AgentHost.Endpoints;
using AgentHost.Inference.Engine;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

/// <summary>
/// The one error handler: an <see cref="AgentHostException"/> becomes its status and safe message; a request Kestrel
/// rejects (body too large, …) its status; anything else a 500 with a generic message. The log gets the exception
/// type and the route, never an exception message (it may quote what a patient wrote).
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger, IOptions<ServerOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            ServerLog.ClientGone(logger, Route(httpContext));
            return true;
        }

        if (httpContext.Response.HasStarted)
        {
            ServerLog.Failed(logger, httpContext.Request.Method, Route(httpContext), exception.GetType().FullName ?? "?", httpContext.TraceIdentifier, exception.StackTrace);
            return true;
        }

        var (status, code, message, retryAfter) = exception switch
        {
            EngineBusyException busy => (busy.StatusCode, busy.Code, busy.Message, (TimeSpan?)busy.RetryAfter),
            AgentHostException known => (known.StatusCode, known.Code, known.Message, null),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "request_too_large", $"The request body is larger than {options.Value.MaxRequestBodyBytes} bytes.", null),
            BadHttpRequestException bad => (bad.StatusCode, "bad_request", "The request could not be read.", null),
            _ => (500, "internal_error", $"The server could not complete the request (trace {httpContext.TraceIdentifier}).", null),
        };
        if (status >= 500 && exception is not EngineBusyException)
        {
            ServerLog.Failed(logger, httpContext.Request.Method, Route(httpContext), exception.GetType().FullName ?? "?", httpContext.TraceIdentifier, exception.StackTrace);
        }
        else
        {
            ServerLog.Refused(logger, httpContext.Request.Method, Route(httpContext), status, code);
        }

        httpContext.Response.Clear();
        await ApiErrors.WriteAsync(httpContext, status, code, message, retryAfter).ConfigureAwait(false);
        return true;
    }

    /// <summary>The route template, not the path: a path may hold a session id.</summary>
    private static string Route(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
}
