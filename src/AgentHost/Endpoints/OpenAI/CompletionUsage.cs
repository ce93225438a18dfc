using AgentHost.Agents.Runtime;

namespace AgentHost.Endpoints.OpenAI;

public sealed record CompletionUsage(int PromptTokens, int CompletionTokens, int TotalTokens)
{
    public static CompletionUsage Of(DoneEvent done)
    {
        ArgumentNullException.ThrowIfNull(done);
        return new(done.PromptTokens, done.CompletionTokens, done.PromptTokens + done.CompletionTokens);
    }
}
