namespace AgentHost.Endpoints.OpenAI;

public sealed class StreamOptions
{
    public bool IncludeUsage { get; init; }
}
