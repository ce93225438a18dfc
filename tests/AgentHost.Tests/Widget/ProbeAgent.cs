namespace AgentHost.Tests.Widget;

/// <summary>
/// A test-only agent package, <c>widget-probe</c>, built from the adolescent companion (minors' mode, so its first
/// answer carries the AI-disclosure notice) with hostile text where a package's own text reaches the page: the
/// greeting and the disclaimer hold an HTML image with an <c>onerror</c> handler and <c>javascript:</c> links, and the
/// one knowledge document's title holds markup. The disclaimer also cites <c>[1]</c>, so every answer cites the top
/// retrieved document whatever the tiny model writes: a real citation through the real pipeline.
/// </summary>
internal static class ProbeAgent
{
    public const string Id = "widget-probe";
    public const string DocumentTitle = "探针文档 <b>不应加粗</b>";
    public const string Greeting = "**欢迎**使用。<img src=x onerror=alert(1)> [点这里](javascript:alert(1)) [帮助页面](https://example.org/help)";

    public static void WriteTo(string agentsDirectory)
    {
        var root = Path.Combine(agentsDirectory, Id);
        RepositoryFiles.CopyTo("agents/adolescent-companion", root);
        Directory.Delete(Path.Combine(root, "evals"), recursive: true);
        Directory.Delete(Path.Combine(root, "knowledge"), recursive: true);
        Directory.CreateDirectory(Path.Combine(root, "knowledge"));
        File.WriteAllText(Path.Combine(root, "agent.yaml"), $"""
            schema: 1
            id: {Id}
            version: 1.0.0
            name: {"{"} zh: 界面测试助手, en: Widget probe {"}"}
            description:
              zh: 只用于浏览器测试。
              en: For the browser tests only.
            greeting:
              zh: "{Greeting}"
              en: "**Welcome**. <img src=x onerror=alert(1)> [click](javascript:alert(1)) [help page](https://example.org/help)"
            default_locale: zh
            audience:
              min_age: 12
              max_age: 18
              guardian_required: true
              minors_mode: true
              break_reminder_minutes: 30
            model:
              temperature: 0
              max_tokens: 24
            prompts:
              system: {"{"} zh: prompts/system.zh.md, en: prompts/system.en.md {"}"}
              include: [safety, citations]
            knowledge:
              collection: {Id}
              sources: knowledge/
              top_k: 2
            safety:
              policy: safety.yaml
              disclaimer: {"{"} zh: prompts/disclaimer.zh.md, en: prompts/disclaimer.en.md {"}"}

            """);
        File.WriteAllText(Path.Combine(root, "prompts", "disclaimer.zh.md"),
            "> 测试免责声明，参见 [1]。<img src=x onerror=alert(2)> [危险链接](javascript:alert(2))\n");
        File.WriteAllText(Path.Combine(root, "prompts", "disclaimer.en.md"),
            "> Test disclaimer, see [1]. <img src=x onerror=alert(2)> [bad link](javascript:alert(2))\n");
        File.WriteAllText(Path.Combine(root, "knowledge", "probe.md"), $"""
            ---
            id: probe-doc
            title: "{DocumentTitle}"
            source: "浏览器测试资料 <script>alert(3)</script>"
            date: 2026-01-01
            language: zh
            ---

            # {DocumentTitle}

            ## 睡眠与心情

            睡眠不足会让心情变差。每天规律作息、白天适当运动，有助于改善睡眠和情绪。心情 睡眠 运动 作息。
            """);
    }
}
