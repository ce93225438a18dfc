using AgentHost.Agents.Storage;

namespace AgentHost.Agents.Tests.Storage;

internal static class SampleTurns
{
    public const string AgentId = "cardiac-valve-followup";

    public static NewTurn Create(string sessionId, string userText = "我的INR是3.8，需要调整吗？", string? escalationKind = null) =>
        new(
            sessionId,
            userText,
            "INR 3.8 高于目标范围，请联系您的医生。",
            [
                new ToolCallRecord("call-1", "inr_check", """{"inr":3.8,"target":"2.0-3.0"}""", """{"status":"high"}""", IsError: false),
                new ToolCallRecord("call-2", "valve_echo_assess", """{"gradient":12}""", "arguments out of range", IsError: true),
            ],
            [new CitationRecord("acc-aha-2020-valve", "chunk-17", "2020 ACC/AHA 瓣膜病指南"), new CitationRecord("hospital-warfarin-leaflet")],
            new TurnProvenance("antangelmed-q4_k_m", "1.2.0"),
            new TurnTokenCounts(812, 64),
            escalationKind);
}
