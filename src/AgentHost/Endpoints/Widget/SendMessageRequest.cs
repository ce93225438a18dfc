namespace AgentHost.Endpoints.Widget;

public sealed class SendMessageRequest
{
    public string? Message { get; init; }

    public string? Locale { get; init; }
}
