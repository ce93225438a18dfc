using AgentHost.Inference.Engine;
using Microsoft.Extensions.AI;

namespace AgentHost.Cli;

/// <summary>The read-line / stream-answer loop of <c>agenthost chat</c>, keeping the conversation's history.</summary>
internal sealed class TerminalChat(IChatClient client, ModelInfo model, ChatOptions options, string? systemPrompt)
{
    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"AgentHost chat — model: {model.Name} ({model.Architecture}). /exit quits.").ConfigureAwait(false);
        if (model.IsDemo)
        {
            await output.WriteLineAsync("WARNING: this is the random-weight DEMO model; its answers are noise. Use --model <gguf> for a real model.").ConfigureAwait(false);
        }

        var history = new List<ChatMessage>();
        if (!string.IsNullOrWhiteSpace(systemPrompt))
        {
            history.Add(new ChatMessage(ChatRole.System, systemPrompt));
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ").ConfigureAwait(false);
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() == "/exit")
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            history.Add(new ChatMessage(ChatRole.User, line));
            var answer = new System.Text.StringBuilder();
            await foreach (var update in client.GetStreamingResponseAsync(history, options, cancellationToken).ConfigureAwait(false))
            {
                answer.Append(update.Text);
                await output.WriteAsync(update.Text).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            history.Add(new ChatMessage(ChatRole.Assistant, answer.ToString()));
        }
    }
}
