namespace AgentHost.Endpoints.Widget;

/// <summary>The <c>error</c> event that ends a widget stream which failed after it began.</summary>
public sealed record StreamError(string Code, string Message);
