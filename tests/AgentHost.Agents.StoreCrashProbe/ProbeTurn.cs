using System.Globalization;
using AgentHost.Agents.Storage;

namespace AgentHost.Agents.StoreCrashProbe;

/// <summary>
/// The turn the probe commits as turn <c>n</c> of a session. The crash test holds the same rule (keep them in step):
/// n % 3 tool calls, citations on even turns, texts naming the session and the turn.
/// </summary>
internal static class ProbeTurn
{
    public static NewTurn Create(string sessionId, int turnIndex)
    {
        var n = turnIndex.ToString(CultureInfo.InvariantCulture);
        var toolCalls = Enumerable.Range(0, turnIndex % 3)
            .Select(i => new ToolCallRecord(
                $"call-{n}-{i}",
                "inr_check",
                $$"""{"inr":2.{{i}},"turn":{{n}}}""",
                $$"""{"status":"ok","call":{{i}}}""",
                IsError: false))
            .ToList();
        IReadOnlyList<CitationRecord> citations = turnIndex % 2 == 0 ? [new CitationRecord("guideline-valve", $"chunk-{n}", "瓣膜指南")] : [];
        return new NewTurn(
            sessionId,
            $"用户消息 {sessionId} {n}：我的INR是多少？",
            $"助手回答 {sessionId} {n}：请按医嘱复查。",
            toolCalls,
            citations,
            new TurnProvenance("demo-tiny", "1.0.0"),
            new TurnTokenCounts(100 + turnIndex, 20 + turnIndex));
    }
}
