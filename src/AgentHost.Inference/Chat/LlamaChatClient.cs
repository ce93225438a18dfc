using System.Globalization;
using System.Runtime.CompilerServices;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Chat;

/// <summary>
/// Microsoft.Extensions.AI <see cref="IChatClient"/> over the local engine: renders messages with the model's chat
/// template, maps <see cref="ChatOptions"/> onto sampling, and streams text updates with a final usage update.
/// </summary>
public sealed class LlamaChatClient : IChatClient
{
    /// <summary><see cref="ChatOptions.AdditionalProperties"/> key for the repetition penalty (1 = off).</summary>
    public const string RepeatPenaltyKey = "repeat_penalty";

    /// <summary><see cref="ChatOptions.AdditionalProperties"/> key for min-p sampling (0 = off).</summary>
    public const string MinPKey = "min_p";

    private readonly InferenceEngine _engine;
    private readonly ChatClientMetadata _metadata;

    public LlamaChatClient(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _metadata = new ChatClientMetadata("agenthost-llama.cpp", null, engine.Model.Info.Name);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = BuildRequest(messages, options);
        var result = await _engine.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, result.Text))
        {
            ResponseId = NewId(),
            ModelId = options?.ModelId ?? _metadata.DefaultModelId,
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = Map(result.FinishReason),
            Usage = Usage(result.PromptTokens, result.CompletionTokens),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = BuildRequest(messages, options);
        var responseId = NewId();
        var modelId = options?.ModelId ?? _metadata.DefaultModelId;
        var created = DateTimeOffset.UtcNow;
        await foreach (var chunk in _engine.GenerateAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (chunk.Text.Length > 0)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, chunk.Text)
                {
                    ResponseId = responseId,
                    MessageId = responseId,
                    ModelId = modelId,
                    CreatedAt = created,
                };
            }

            if (chunk.IsFinal)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(Usage(chunk.PromptTokens, chunk.CompletionTokens))])
                {
                    ResponseId = responseId,
                    MessageId = responseId,
                    ModelId = modelId,
                    CreatedAt = created,
                    FinishReason = Map(chunk.FinishReason!.Value),
                };
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_engine))
        {
            return _engine;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The engine is owned by whoever created it (the host's service container).
    }

    /// <summary>Renders the conversation with the model's template and maps the options (exposed for token budgeting).</summary>
    public GenerationRequest BuildRequest(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var rendered = _engine.Model.ChatTemplate.Render([.. messages.Select(m => new TemplateMessage(RoleName(m.Role), m.Text))]);
        var defaults = new SamplingOptions();
        var sampling = new SamplingOptions
        {
            Temperature = options?.Temperature ?? defaults.Temperature,
            TopP = options?.TopP ?? defaults.TopP,
            TopK = options?.TopK ?? defaults.TopK,
            MinP = ReadFloat(options, MinPKey) ?? defaults.MinP,
            RepeatPenalty = ReadFloat(options, RepeatPenaltyKey) ?? defaults.RepeatPenalty,
            Seed = options?.Seed is { } seed ? unchecked((uint)seed) : null,
        };
        return new GenerationRequest(rendered)
        {
            MaxTokens = options?.MaxOutputTokens ?? 512,
            Sampling = sampling,
            StopSequences = options?.StopSequences is { } stops ? [.. stops] : [],
        };
    }

    private static string RoleName(ChatRole role) =>
        role == ChatRole.System ? "system"
        : role == ChatRole.Assistant ? "assistant"
        : role == ChatRole.Tool ? "tool"
        : "user";

    private static float? ReadFloat(ChatOptions? options, string key) =>
        options?.AdditionalProperties?.TryGetValue(key, out var value) == true
            ? Convert.ToSingle(value, CultureInfo.InvariantCulture)
            : null;

    private static ChatFinishReason Map(FinishReason reason) =>
        reason == FinishReason.Length ? ChatFinishReason.Length : ChatFinishReason.Stop;

    private static UsageDetails Usage(int prompt, int completion) => new()
    {
        InputTokenCount = prompt,
        OutputTokenCount = completion,
        TotalTokenCount = prompt + completion,
    };

    private static string NewId() => "chatcmpl-" + Guid.NewGuid().ToString("N");
}
