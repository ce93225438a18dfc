using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgentHost.Tests.Widget;

/// <summary>
/// The widget's rendering of what a real model would send and the tiny demo model cannot be made to (a tool call,
/// Markdown, markup in the answer, a busy host): the one message request is answered by a scripted event stream in the
/// browser, everything else (page, script, session) comes from the real host. A unit test of the widget's renderer.
/// </summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class WidgetRenderingTests(WidgetServerFixture server, BrowserFixture browser)
{
    private const string MessagesRoute = "**/api/agents/*/sessions/*/messages";

    private const string Answer = """
        ## 评估结果

        孩子的**身高**和*体重*都在正常范围 [1]。

        <img src=x onerror=alert(1)><script>alert(2)</script>

        [点我](javascript:alert(1)) [再点](JAVASCRIPT:alert(1)) [数据](data:text/html,<script>alert(1)</script>) [世卫组织](https://www.who.int/tools/child-growth-standards)

        | 指标 | Z 值 |
        |---|---|
        | 身高 | -1.15 |

        1. 每 3 个月量一次身高
        2. 保证睡眠
        """;

    private const string GrowthResult = """
        {"reference":"who","age_months":30,"indicators":{"weight_for_age":{"z":-0.87,"percentile":19.09,"classification":"normal","flag":false},
        "length_height_for_age":{"z":-2.15,"percentile":1.58,"classification":"stunted","flag":true}},"citation":"WHO Child Growth Standards 2006"}
        """;

    [Fact]
    public async Task Tool_results_become_cards_and_markdown_renders_without_any_live_markup()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage(ProbeAgent.Id, subject: "rendering"));
        await session.Page.RouteAsync(MessagesRoute, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/event-stream",
            Body = string.Concat(
                Event("tool", $$"""{"name":"growth_assess","arguments":{"sex":"male"},"result":{{GrowthResult.ReplaceLineEndings("")}},"failed":false}"""),
                Event("tool", """{"name":"mid_parental_height","arguments":{},"failed":true}"""),
                Event("token", System.Text.Json.JsonSerializer.Serialize(new { text = Answer })),
                ": keep-alive\n\n",
                Event("citation", """{"number":1,"document_id":"who-growth","title":"WHO 儿童生长标准","section":"身高","source":"WHO 2006","date":"2006-04-27"}"""),
                Event("notice", """{"kind":"break_reminder","text":"我们已经聊了大约 30 分钟了。休息一下吧。"}"""),
                Event("done", """{"session_id":"x","turn_index":1,"finish_reason":"stop","prompt_tokens":1,"completion_tokens":1}""")),
        }));
        await session.Launcher.ClickAsync();
        await session.SendAsync("孩子 30 个月，男孩，身高 88 厘米，体重 12 公斤");

        var answer = session.Answers.Last;
        var card = answer.Locator(".ah-tool").First;
        await Expect(card.Locator(".ah-tool-title")).ToHaveTextAsync("生长评估");
        await Expect(card.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(card.Locator("tbody tr").First).ToContainTextAsync("年龄别体重");
        await Expect(card.Locator("tbody tr").First).ToContainTextAsync("-0.87");
        await Expect(card.Locator("tbody tr").First).ToContainTextAsync("19.1");
        await Expect(card.Locator(".ah-flag")).ToHaveTextAsync("stunted");
        await Expect(answer.Locator(".ah-tool-failed")).ToContainTextAsync("遗传靶身高");
        await Expect(answer.Locator(".ah-tool-failed")).ToContainTextAsync("没有完成");

        var text = answer.Locator(".ah-md");
        await Expect(text.Locator("h4")).ToHaveTextAsync("评估结果");
        await Expect(text.Locator("strong")).ToHaveTextAsync("身高");
        await Expect(text.Locator("em")).ToHaveTextAsync("体重");
        await Expect(text.Locator("table td").Last).ToHaveTextAsync("-1.15");
        await Expect(text.Locator("ol li")).ToHaveCountAsync(2);
        await Expect(text).ToContainTextAsync("<img src=x onerror=alert(1)><script>alert(2)</script>");
        // javascript: in any case is kept as the link's words; a data: address with markup is not even read as a link.
        await Expect(text.Locator(".ah-link-inert")).ToHaveCountAsync(2);
        await Expect(text).ToContainTextAsync("[数据](data:text/html,<script>alert(1)</script>)");
        await Expect(text.Locator("a")).ToHaveCountAsync(1);
        await Expect(text.Locator("a")).ToHaveAttributeAsync("href", "https://www.who.int/tools/child-growth-standards");
        await Expect(text.Locator("a")).ToHaveAttributeAsync("target", "_blank");
        await Expect(session.Page.Locator(".ah-notice-break_reminder")).ToContainTextAsync("休息一下");

        await text.Locator(".ah-cite-ref").ClickAsync();
        await Expect(answer.Locator(".ah-cite-detail")).ToContainTextAsync("WHO 儿童生长标准");
        await Expect(answer.Locator(".ah-chip")).ToHaveAttributeAsync("aria-expanded", "true");

        await text.Locator(".ah-link-inert").First.ClickAsync();
        Assert.Empty(session.Dialogs);
        Assert.Equal(0, await session.InWidgetAsync<int>("return root.querySelectorAll('img, script').length;"));
        await session.ScreenshotAsync("widget-tool-card.png");
    }

    [Fact]
    public async Task A_busy_host_shows_the_wait_and_the_message_goes_through_after_it()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage(ProbeAgent.Id, subject: "busy"));
        var refused = 0;
        await session.Page.RouteAsync(MessagesRoute, async route =>
        {
            if (Interlocked.Increment(ref refused) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
                    Body = """{"status":503,"title":"Service unavailable","code":"engine_busy"}""",
                });
                return;
            }

            await route.ContinueAsync();
        });
        await session.Launcher.ClickAsync();
        await session.Input.FillAsync("现在忙吗？");
        await session.Input.PressAsync("Enter");

        await Expect(session.Status).ToContainTextAsync("助手正忙");
        await session.WaitUntilIdleAsync();
        await Expect(session.Answers).ToHaveCountAsync(2);
        await Expect(session.Answers.Last.Locator(".ah-md")).ToContainTextAsync("测试免责声明");
        Assert.Equal(2, refused);
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
