using AgentHost.Endpoints.OpenAI;

namespace AgentHost.Endpoints;

/// <summary>
/// Writes an error in the shape the caller's API speaks: OpenAI's <c>{"error":{…}}</c> under <c>/v1</c>,
/// ProblemDetails (with a <c>code</c> extension) everywhere else.
/// </summary>
public static class ApiErrors
{
    public static bool IsOpenAIPath(PathString path) => path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, int status, string code, string message, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (IsOpenAIPath(context.Request.Path))
        {
            var body = new OpenAIErrorResponse(new OpenAIError(message, OpenAIType(status), null, code));
            return TypedResults.Json(body, ServerJsonContext.Default.OpenAIErrorResponse, statusCode: status).ExecuteAsync(context);
        }

        return TypedResults.Problem(
            detail: message,
            statusCode: status,
            title: Title(status),
            extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
    }

    private static string OpenAIType(int status) => status switch
    {
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "invalid_request_error",
        429 => "rate_limit_error",
        503 => "service_unavailable_error",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        413 => "Request too large",
        429 => "Too many requests",
        503 => "Service unavailable",
        >= 500 => "Internal error",
        _ => "Request failed",
    };
}
