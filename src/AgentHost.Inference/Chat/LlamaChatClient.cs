using System.Globalization;
using System.Runtime.CompilerServices;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Gguf;
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

    /// <summary>Ling 2.0 (bailing2) puts tool results under the OBSERVATION role; chatml-style templates use "tool".</summary>
    private readonly string _toolRole;

    public LlamaChatClient(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _metadata = new ChatClientMetadata("agenthost-llama.cpp", null, engine.Model.Info.Name);
        _toolRole = ChatTemplateDetector.Detect(engine.Model.Info.ChatTemplate) == "bailing2" ? "observation" : "tool";
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = BuildRequest(messages, options);
        var result = await _engine.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        var (text, calls) = request.Grammar is null ? (result.Text, []) : ToolCallFormat.Parse(result.Text);
        var contents = new List<AIContent>();
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text));
        }

        contents.AddRange(calls);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, contents))
        {
            ResponseId = NewId(),
            ModelId = options?.ModelId ?? _metadata.DefaultModelId,
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = calls.Count > 0 ? ChatFinishReason.ToolCalls : Map(result.FinishReason),
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
        ChatResponseUpdate Update(IList<AIContent> contents) => new(ChatRole.Assistant, contents)
        {
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = modelId,
            CreatedAt = created,
        };

        // With tools on offer, text is streamed until a call starts; the call itself is parsed whole at the end.
        var splitter = request.Grammar is null ? null : new ToolCallStreamSplitter();
        await foreach (var chunk in _engine.GenerateAsync(request, cancellationToken).ConfigureAwait(false))
        {
            var visible = splitter?.Push(chunk.Text) ?? chunk.Text;
            if (visible.Length > 0)
            {
                yield return Update([new TextContent(visible)]);
            }

            if (chunk.IsFinal)
            {
                var contents = new List<AIContent>();
                var finish = Map(chunk.FinishReason!.Value);
                if (splitter is not null)
                {
                    var (rest, calls) = splitter.Finish();
                    if (rest.Length > 0)
                    {
                        contents.Add(new TextContent(rest));
                    }

                    contents.AddRange(calls);
                    finish = calls.Count > 0 ? ChatFinishReason.ToolCalls : finish;
                }

                contents.Add(new UsageContent(Usage(chunk.PromptTokens, chunk.CompletionTokens)));
                var last = Update(contents);
                last.FinishReason = finish;
                yield return last;
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
        var tools = OfferedTools(options);
        var rendered = _engine.Model.ChatTemplate.Render(RenderMessages([.. messages], tools));
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
            Grammar = tools.Count == 0 ? null : Grammar(tools, options!.ToolMode),
        };
    }

    /// <summary>The tools the model may call in this request (none when the tool mode is None).</summary>
    private static List<AIFunctionDeclaration> OfferedTools(ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools || options.ToolMode is NoneChatToolMode)
        {
            return [];
        }

        var declared = tools.OfType<AIFunctionDeclaration>().ToList();
        return options.ToolMode is RequiredChatToolMode { RequiredFunctionName: { } only }
            ? declared.Where(t => t.Name == only).ToList()
            : declared;
    }

    /// <summary>
    /// Required mode forces a call from the first token; otherwise the grammar is lazy and only switches on when the
    /// model starts a call, so ordinary answers are unconstrained.
    /// </summary>
    private static ToolCallGrammar Grammar(List<AIFunctionDeclaration> tools, ChatToolMode? mode) => new(
        ToolGrammarBuilder.Build([.. tools.Select(t => (t.Name, t.JsonSchema))]),
        Lazy: mode is not RequiredChatToolMode,
        TriggerPatterns: [ToolCallFormat.CallStart]);

    private List<TemplateMessage> RenderMessages(List<ChatMessage> messages, List<AIFunctionDeclaration> tools)
    {
        var rendered = new List<TemplateMessage>(messages.Count + 1);
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.Tool)
            {
                var results = string.Join("\n", message.Contents.OfType<FunctionResultContent>().Select(ToolCallFormat.RenderResult));
                rendered.Add(new TemplateMessage(_toolRole, results.Length > 0 ? results : message.Text));
                continue;
            }

            var text = message.Text;
            var calls = message.Contents.OfType<FunctionCallContent>().Select(ToolCallFormat.RenderCall).ToList();
            if (calls.Count > 0)
            {
                text = string.Join("\n", new[] { text }.Where(t => t.Length > 0).Concat(calls));
            }

            rendered.Add(new TemplateMessage(RoleName(message.Role), text));
        }

        if (tools.Count > 0)
        {
            var instruction = ToolCallFormat.RenderToolsInstruction(tools);
            var system = rendered.FindIndex(m => m.Role == "system");
            if (system >= 0)
            {
                rendered[system] = rendered[system] with { Content = rendered[system].Content + instruction };
            }
            else
            {
                rendered.Insert(0, new TemplateMessage("system", instruction.TrimStart()));
            }
        }

        return rendered;
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
