using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Safety;
using AgentHost.Agents.Storage;
using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using AgentHost.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Runtime;

/// <summary>
/// One chat turn, end to end (ARCHITECTURE.md §3): pre-gate (a crisis or emergency never reaches the model),
/// retrieval, prompt assembly within the token budget, generation with the agent's tools, post-gate sentence by
/// sentence, disclaimer, then the turn committed and audited — <see cref="DoneEvent"/> comes only after the commit.
/// </summary>
public sealed class AgentRuntime
{
    private readonly AgentCatalog _catalog;
    private readonly LlamaChatClient _model;
    private readonly IChatClient _withTools;
    private readonly InferenceEngine _engine;
    private readonly IReadOnlyDictionary<string, AIFunction> _tools;
    private readonly IKnowledgeStore? _knowledge;
    private readonly AgentStorage _storage;
    private readonly AgentRuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly PromptAssembler _assembler;
    private readonly FollowUpRecorder _followUps;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastBreakReminder = new(StringComparer.Ordinal);

    public AgentRuntime(
        AgentCatalog catalog,
        InferenceEngine engine,
        IEnumerable<AIFunction> tools,
        AgentStorage storage,
        IOptions<AgentRuntimeOptions> options,
        ILogger<AgentRuntime> logger,
        IKnowledgeStore? knowledge = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _engine = engine;
        _model = new LlamaChatClient(engine);
        _options = options.Value;
        _withTools = new ChatClientBuilder(_model)
            .UseFunctionInvocation(configure: c => c.MaximumIterationsPerRequest = _options.MaxToolRounds)
            .Build();
        _tools = tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _knowledge = knowledge;
        _storage = storage;
        _time = time ?? TimeProvider.System;
        _logger = logger;
        _followUps = new FollowUpRecorder(storage.FollowUps, _time);
        _assembler = new PromptAssembler(messages => engine.Model.Vocabulary.CountTokens(_model.BuildRequest(messages, null).Prompt));
    }

    public async IAsyncEnumerable<TurnEvent> RunTurnAsync(TurnRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_catalog.TryGet(request.AgentId, out var package))
        {
            throw new TurnRejectedException("unknown_agent", $"There is no agent '{request.AgentId}'.", 404);
        }

        if (string.IsNullOrWhiteSpace(request.Message))
        {
            throw new TurnRejectedException("empty_message", "The message is empty.");
        }

        var session = await OpenSessionAsync(request, package, cancellationToken).ConfigureAwait(false);
        if (session.TurnCount >= _options.MaxTurnsPerSession)
        {
            throw new TurnRejectedException("session_full",
                $"This conversation has reached {_options.MaxTurnsPerSession} messages; please start a new one.", 409);
        }

        var locale = AgentPackage.Normalize(request.Locale ?? session.Locale);
        var safety = package.Safety;

        // 1. Pre-gate: deterministic, before anything else sees the message.
        var gate = safety.CheckInput(request.Message);
        if (gate.IsHit)
        {
            var kind = gate.Kind!.Value;
            var contacts = new EscalationContacts(_options.HospitalContact);
            var script = safety.RenderEscalation(kind, locale, contacts);
            var kindName = KindName(kind);
            // Committing a turn with an escalation kind flags the session for human follow-up and audits it.
            var stored = await _storage.Conversations.AppendTurnAsync(
                new NewTurn(session.SessionId, request.Message, script, [], [], new TurnProvenance(null, PackageVersion(package)), new TurnTokenCounts(0, 0), kindName),
                cancellationToken).ConfigureAwait(false);
            RuntimeLog.Escalated(_logger, package.Id, session.SessionId, kindName, gate.RuleId ?? "unknown");
            yield return new EscalationEvent(kindName, script, contacts.For(kind), contacts.HospitalContact);
            yield return new DoneEvent(session.SessionId, stored.TurnIndex, "escalation", 0, 0);
            yield break;
        }

        // 2. Retrieval.
        var citations = await RetrieveAsync(package, request.Message, cancellationToken).ConfigureAwait(false);

        // 3. Prompt assembly within the budget the engine can hold.
        var history = await _storage.Conversations.ListHistoryAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
        var recorded = session.SubjectId is { } subject ? await _followUps.DescribeAsync(subject, cancellationToken).ConfigureAwait(false) : "";
        var patientContext = string.Join("; ", new[] { request.PatientContext, recorded }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var variables = new PromptVariables(package.Localized(package.Manifest.Name, locale), locale, DateOnly.FromDateTime(_time.GetLocalNow().DateTime), patientContext);
        var tools = package.Manifest.Tools.Select(name => _tools[name]).ToList<AITool>();
        var maxTokens = Math.Min(package.Manifest.Model.MaxTokens, _options.MaxOutputTokens ?? int.MaxValue);
        var options = new ChatOptions
        {
            Temperature = package.Manifest.Model.Temperature,
            MaxOutputTokens = maxTokens,
            Tools = tools.Count > 0 ? tools : null,
            ToolMode = request.RequiredTool is { } required ? ChatToolMode.RequireSpecific(required) : (tools.Count > 0 ? ChatToolMode.Auto : null),
        };
        if (request.RequiredTool is { } forced && !package.Manifest.Tools.Contains(forced))
        {
            throw new TurnRejectedException("unknown_tool", $"Agent '{package.Id}' has no tool '{forced}'.");
        }

        var toolTokens = tools.Count == 0 ? 0 : _engine.Model.Vocabulary.CountTokens(_model.BuildRequest([new ChatMessage(ChatRole.User, "")], options).Prompt);
        var budget = _engine.ContextTokensPerSequence - maxTokens - toolTokens;
        var prompt = _assembler.Assemble(
            variables.Fill(package.Localized(package.SystemPrompts, locale)),
            citations.Count > 0 ? citations.FormatForPrompt() : null,
            [.. history.SelectMany(t => new[] { new ChatMessage(ChatRole.User, t.UserText), new ChatMessage(ChatRole.Assistant, t.AssistantText) })],
            request.Message,
            budget);
        if (prompt.HistoryMessagesDropped > 0)
        {
            RuntimeLog.HistoryTrimmed(_logger, package.Id, session.SessionId, prompt.HistoryMessagesDropped);
        }

        // 4–5. Generation with the agent's tools; the post-gate sees every sentence before the patient does.
        var answer = new StringBuilder();
        if (safety.Minors is { } minors && session.TurnCount == 0)
        {
            // Minors' mode: the first answer of a conversation says plainly that an AI is talking (CLINICAL.md §C2).
            var disclosure = minors.AiDisclosure(locale).Trim() + "\n\n";
            answer.Append(disclosure);
            yield return new TokenEvent(disclosure) { Notice = "ai_disclosure" };
        }

        var toolCalls = new List<ToolCallRecord>();
        var pendingCalls = new Dictionary<string, FunctionCallContent>(StringComparer.Ordinal);
        var sentences = new SentenceBuffer();
        var usage = new UsageDetails();
        var finish = "stop";
        var blocked = false;
        await foreach (var update in _withTools.GetStreamingResponseAsync(prompt.Messages, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var content in update.Contents)
            {
                switch (content)
                {
                    case FunctionCallContent call:
                        pendingCalls[call.CallId] = call;
                        break;
                    case FunctionResultContent result when pendingCalls.Remove(result.CallId, out var call):
                        var record = ToolRecord(call, result);
                        toolCalls.Add(record);
                        if (!record.IsError && session.SubjectId is { } subjectId)
                        {
                            await _followUps.RecordAsync(subjectId, package.Id, call, cancellationToken).ConfigureAwait(false);
                        }

                        yield return ToolEvent.From(record);
                        break;
                    case UsageContent used:
                        usage.InputTokenCount = (usage.InputTokenCount ?? 0) + (used.Details.InputTokenCount ?? 0);
                        usage.OutputTokenCount = (usage.OutputTokenCount ?? 0) + (used.Details.OutputTokenCount ?? 0);
                        break;
                }
            }

            if (update.FinishReason == ChatFinishReason.Length)
            {
                finish = "length";
            }

            if (update.Text.Length == 0)
            {
                continue;
            }

            var ready = sentences.Push(update.Text);
            if (ready.Length > 0 && Emit(safety, answer, ready, locale, out var replacement) is { } text)
            {
                yield return new TokenEvent(text);
                blocked = replacement;
            }

            if (blocked)
            {
                break; // Leaving the stream cancels the generation: nothing more of this answer will be shown.
            }
        }

        if (!blocked && sentences.Flush() is { Length: > 0 } tail && Emit(safety, answer, tail, locale, out _) is { } last)
        {
            yield return new TokenEvent(last);
        }

        // The disclaimer closes every model answer (a post-gate replacement already ends with it).
        if (!blocked)
        {
            var disclaimer = "\n\n" + safety.Disclaimer(locale).Trim();
            answer.Append(disclaimer);
            yield return new TokenEvent(disclaimer);
        }

        var reminder = BreakReminder(package, session);
        if (reminder is not null)
        {
            answer.Append("\n\n").Append(reminder);
            yield return new TokenEvent("\n\n" + reminder) { Notice = "break_reminder" };
        }

        var cited = citations.Count > 0 ? citations.Resolve(answer.ToString()) : [];
        foreach (var citation in cited)
        {
            yield return new CitationEvent(citation.Number, citation.DocumentId, citation.Title, citation.SectionPath, citation.Source, citation.SourceDate);
        }

        // 6. Commit (the turn and its audit records in one transaction), and only then done.
        var tokens = new TurnTokenCounts((int)(usage.InputTokenCount ?? prompt.PromptTokens), (int)(usage.OutputTokenCount ?? 0));
        var turn = await _storage.Conversations.AppendTurnAsync(
            new NewTurn(session.SessionId, request.Message, answer.ToString(), toolCalls,
                [.. cited.Select(c => new CitationRecord(c.DocumentId, null, c.Title, c.Number, c.SectionPath))],
                new TurnProvenance(_engine.Model.Info.Name, PackageVersion(package)), tokens),
            cancellationToken).ConfigureAwait(false);
        if (blocked)
        {
            RuntimeLog.AnswerReplaced(_logger, package.Id, session.SessionId);
        }

        yield return new DoneEvent(session.SessionId, turn.TurnIndex, finish, tokens.PromptTokens, tokens.CompletionTokens);
    }

    /// <summary>Checks the answer so far plus the new sentences; returns what to show (the replacement when blocked).</summary>
    private static string? Emit(SafetyPolicy safety, StringBuilder answer, string sentences, string locale, out bool replaced)
    {
        var check = safety.CheckOutput(answer + sentences, locale);
        replaced = !check.Passed;
        if (replaced)
        {
            var replacement = check.Text;
            answer.Append(replacement);
            return replacement;
        }

        answer.Append(sentences);
        return sentences;
    }

    private async Task<ConversationSession> OpenSessionAsync(TurnRequest request, AgentPackage package, CancellationToken cancellationToken)
    {
        if (request.SessionId is null)
        {
            return await _storage.Conversations.CreateSessionAsync(package.Id, request.SubjectId, AgentPackage.Normalize(request.Locale ?? package.Manifest.DefaultLocale), cancellationToken).ConfigureAwait(false);
        }

        var session = await _storage.Conversations.GetSessionAsync(request.SessionId, cancellationToken).ConfigureAwait(false);
        return session is not null && session.AgentId == package.Id
            ? session
            : throw new TurnRejectedException("unknown_session", "There is no such session for this agent.", 404);
    }

    private async Task<CitationSet> RetrieveAsync(AgentPackage package, string message, CancellationToken cancellationToken)
    {
        if (_knowledge is null || package.Manifest.Knowledge is null)
        {
            return new CitationSet([]);
        }

        var hits = await _knowledge.SearchAsync(new KnowledgeQuery(package.KnowledgeCollection, message, package.Manifest.Knowledge.TopK), cancellationToken).ConfigureAwait(false);
        return new CitationSet(hits);
    }

    private string? BreakReminder(AgentPackage package, ConversationSession session)
    {
        if (package.Safety.Minors is not { } minors)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        DateTimeOffset? last = _lastBreakReminder.TryGetValue(session.SessionId, out var at) ? at : null;
        if (!minors.IsBreakDue(session.CreatedAt, last, now))
        {
            return null;
        }

        _lastBreakReminder[session.SessionId] = now;
        return minors.BreakReminder(AgentPackage.Normalize(session.Locale));
    }

    private static ToolCallRecord ToolRecord(FunctionCallContent call, FunctionResultContent result)
    {
        var resultJson = result.Result switch
        {
            null => "null",
            JsonElement element => element.GetRawText(),
            var other => JsonSerializer.Serialize(other),
        };
        return new ToolCallRecord(call.CallId, call.Name, JsonSerializer.Serialize(call.Arguments), resultJson, result.Exception is not null);
    }

    /// <summary>The package version and the first 12 hex digits of its content hash, e.g. 1.0.0+3f2a9c0d1e4b.</summary>
    private static string PackageVersion(AgentPackage package) => $"{package.Manifest.Version}+{package.ContentHash[..12]}";

    private static string KindName(EscalationKind kind) => kind.ToString().ToLowerInvariant();
}
