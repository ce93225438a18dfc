using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Runtime;

/// <summary>
/// Builds a turn's messages within a token budget: system prompt (+ retrieved knowledge) first, then as much
/// history as fits — whole exchanges, newest kept, oldest dropped — then the new message. The engine never cuts
/// anything: what does not fit is left out here, by rule, and counted.
/// </summary>
public sealed class PromptAssembler(Func<IReadOnlyList<ChatMessage>, int> countTokens)
{
    public AssembledPrompt Assemble(string systemPrompt, string? knowledgeBlock, IReadOnlyList<ChatMessage> history, string userMessage, int budgetTokens)
    {
        ArgumentNullException.ThrowIfNull(history);
        var system = new ChatMessage(ChatRole.System, string.IsNullOrWhiteSpace(knowledgeBlock) ? systemPrompt : $"{systemPrompt}\n\n{knowledgeBlock}");
        var user = new ChatMessage(ChatRole.User, userMessage);

        var fixedTokens = countTokens([system, user]);
        if (fixedTokens > budgetTokens)
        {
            throw new TurnRejectedException("message_too_long",
                $"The message is too long for this agent's context ({fixedTokens} of {budgetTokens} tokens with the instructions); please shorten it.");
        }

        // Keep the newest history that fits, dropping whole user/assistant exchanges from the oldest end.
        var start = 0;
        while (start < history.Count && countTokens([system, .. history.Skip(start), user]) > budgetTokens)
        {
            start = NextExchange(history, start);
        }

        List<ChatMessage> messages = [system, .. history.Skip(start), user];
        return new AssembledPrompt(messages, countTokens(messages), start);
    }

    private static int NextExchange(IReadOnlyList<ChatMessage> history, int start)
    {
        var next = start + 1;
        while (next < history.Count && history[next].Role != ChatRole.User)
        {
            next++;
        }

        return next;
    }
}
