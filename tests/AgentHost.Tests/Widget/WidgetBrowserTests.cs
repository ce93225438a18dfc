using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace AgentHost.Tests.Widget;

/// <summary>
/// The patient widget end to end in Debian chromium: embedded on a portal page of another origin with a portal-signed
/// token, against the real host (tiny model, SQLite, real HTTP and SSE).
/// </summary>
[Collection(ModelCommandsCollection.Name)]
public sealed class WidgetBrowserTests(WidgetServerFixture server, BrowserFixture browser)
{
    private const string Hostile = "<img src=x onerror=alert(1)> 最近睡眠不好，心情也差";

    [Fact]
    public async Task Embedded_widget_streams_an_answer_with_a_citation_chip_and_restores_history_after_a_reload()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage(ProbeAgent.Id));
        await Expect(session.Launcher).ToBeVisibleAsync();
        await Expect(session.Panel).ToBeHiddenAsync();
        await session.ScreenshotAsync("widget-launcher.png");

        await session.Launcher.ClickAsync();
        await Expect(session.Panel).ToBeVisibleAsync();
        await Expect(session.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(session.Page.Locator(".ah-title")).ToHaveTextAsync("界面测试助手");
        await Expect(session.Page.Locator(".ah-disclosure")).ToContainTextAsync("AI");
        await Expect(session.Page.Locator(".ah-disclaimer")).ToContainTextAsync("测试免责声明");
        await Expect(session.Answers.First).ToContainTextAsync("欢迎");

        // Record what the conversation shows after every change, to see the stream drawn as it arrives.
        await session.InWidgetAsync<bool>("""
            window.__states = [];
            new MutationObserver(() => {
              const count = selector => root.querySelectorAll(selector).length;
              window.__states.push(`${count('.ah-notice')}|${count('.ah-typing')}|${count('.ah-assistant')}`);
            }).observe(root.querySelector('.ah-log'), { childList: true, subtree: true, characterData: true });
            return true;
            """);

        // A slow phone network (about 1.5 KB/s) spreads the event stream over time as a real model's pace would.
        var cdp = await session.Context.NewCDPSessionAsync(session.Page);
        await cdp.SendAsync("Network.enable");
        Task ThrottleAsync(int latency, int bytesPerSecond) => cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = latency, ["downloadThroughput"] = bytesPerSecond, ["uploadThroughput"] = -1,
        });
        await ThrottleAsync(20, 1500);
        await session.SendAsync(Hostile);
        await ThrottleAsync(0, -1);

        // The AI-disclosure notice (sent before the model starts) was on screen, with the typing indicator, while the
        // answer was still being written; then the answer replaced the indicator.
        var states = await session.Page.EvaluateAsync<string[]>("() => window.__states");
        Assert.Contains("1|1|1", states);
        Assert.Equal("1|0|2", states[^1]);
        await Expect(session.Page.Locator(".ah-user .ah-bubble")).ToHaveTextAsync(Hostile);
        await Expect(session.Page.Locator(".ah-notice-ai_disclosure")).ToBeVisibleAsync();
        var answer = session.Answers.Last;
        await Expect(answer).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(answer.Locator(".ah-md")).ToContainTextAsync("测试免责声明");
        Assert.Equal("", await session.Status.InnerTextAsync());

        var chip = answer.Locator(".ah-chip");
        await Expect(chip).ToHaveCountAsync(1);
        await Expect(chip).ToContainTextAsync(ProbeAgent.DocumentTitle);
        await Expect(answer.Locator(".ah-cite-ref")).ToHaveTextAsync("1");
        await chip.ClickAsync();
        await Expect(chip).ToHaveAttributeAsync("aria-expanded", "true");
        var detail = answer.Locator(".ah-cite-detail");
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail).ToContainTextAsync("[1] " + ProbeAgent.DocumentTitle);
        await Expect(detail).ToContainTextAsync("睡眠与心情");
        await Expect(detail).ToContainTextAsync("<script>alert(3)</script>");
        await session.ScreenshotAsync("widget-answer.png");

        await AssertInertAsync(session);
        var host = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        var portal = server.PortalOrigin.GetLeftPart(UriPartial.Authority);
        Assert.All(session.Requests, url => Assert.True(url.StartsWith(host, StringComparison.Ordinal) || url.StartsWith(portal, StringComparison.Ordinal), url));

        await session.Page.ReloadAsync();
        await Expect(session.Panel).ToBeVisibleAsync();
        await Expect(session.Page.Locator(".ah-user .ah-bubble")).ToHaveTextAsync(Hostile);
        await Expect(session.Answers).ToHaveCountAsync(2);
        await Expect(session.Answers.Last.Locator(".ah-md")).ToContainTextAsync("测试免责声明");
        await Expect(session.Answers.Last.Locator(".ah-chip")).ToContainTextAsync(ProbeAgent.DocumentTitle);
        await Expect(session.Answers.Last.Locator(".ah-cite-ref")).ToHaveTextAsync("1");
        await AssertInertAsync(session);
    }

    [Fact]
    public async Task A_crisis_message_pins_a_crisis_panel_with_tap_to_call_numbers_also_after_a_reload()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage("child-growth", subject: "parent-crisis"), width: 390, height: 844);
        await session.Launcher.ClickAsync();
        var crisis = session.Page.Locator(".ah-crisis");
        await Expect(crisis).ToBeHiddenAsync();

        await session.SendAsync("我不想活了，想自杀");

        await Expect(crisis).ToBeVisibleAsync();
        await Expect(crisis).ToHaveAttributeAsync("role", "alert");
        await Expect(crisis.Locator("a[href='tel:12356']")).ToContainTextAsync("心理援助热线");
        await Expect(crisis.Locator("a[href='tel:120']")).ToContainTextAsync("急救");
        await Expect(crisis.Locator("a[href='tel:110']")).ToBeVisibleAsync();
        await Expect(crisis.Locator("a[href='tel:01066091234']")).ToHaveTextAsync("010-6609 1234");
        await Expect(session.Page.Locator(".ah-assistant.ah-escalation")).ToContainTextAsync("12356");

        // Always visible: it sits above the conversation, which scrolls under it.
        await session.InWidgetAsync<bool>("const log = root.querySelector('.ah-log'); log.scrollTop = 0; return true;");
        await Expect(crisis).ToBeInViewportAsync();
        await session.ScreenshotAsync("widget-crisis.png");

        await session.Page.ReloadAsync();
        await Expect(crisis).ToBeVisibleAsync();
        await Expect(crisis.Locator("a[href='tel:12356']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_full_page_chat_and_the_embedded_panel_fit_a_320_px_phone()
    {
        await using var page = await WidgetSession.OpenAsync(browser.Browser, new Uri(server.BaseAddress, "chat/" + ProbeAgent.Id), width: 320, height: 640);
        await Expect(page.Panel).ToBeVisibleAsync();
        await Expect(page.Launcher).ToHaveCountAsync(0);
        await Expect(page.Page).ToHaveTitleAsync("界面测试助手");
        await page.SendAsync("睡眠和心情有关系吗？");
        await Expect(page.Answers).ToHaveCountAsync(2);
        await AssertFitsAsync(page, 320);
        await page.ScreenshotAsync("widget-320-page.png");

        await using var embedded = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage("child-growth", subject: "parent-320"), width: 320, height: 640);
        await embedded.Launcher.ClickAsync();
        var box = await embedded.Panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal(0, box.X);
        Assert.Equal(320, box.Width);
        await Expect(embedded.Launcher).ToBeHiddenAsync();
        await AssertFitsAsync(embedded, 320);
        await embedded.ScreenshotAsync("widget-320-embedded.png");
    }

    [Fact]
    public async Task The_demo_page_lists_every_agent_with_its_snippet_and_tries_one()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.BaseAddress);
        var cards = session.Page.Locator(".demo-agent");
        await Expect(cards).ToHaveCountAsync(4);
        foreach (var id in new[] { "adolescent-companion", "cardiac-valve-followup", "child-growth", ProbeAgent.Id })
        {
            var card = session.Page.Locator($".demo-agent[data-agent='{id}']");
            await Expect(card.Locator(".demo-snippet")).ToContainTextAsync($"{server.BaseAddress}widget.js");
            await Expect(card.Locator(".demo-snippet")).ToContainTextAsync($"data-agent=\"{id}\"");
            await Expect(card.Locator(".demo-page-link")).ToHaveAttributeAsync("href", $"{server.BaseAddress}chat/{id}");
        }

        await Expect(session.Page.Locator("#demo-warning")).ToContainTextAsync("DEMO model");
        await session.Page.Locator(".demo-agent[data-agent='cardiac-valve-followup'] .demo-try").ClickAsync();
        await Expect(session.Panel).ToBeVisibleAsync();
        await Expect(session.Page.Locator(".ah-title")).ToHaveTextAsync("心脏瓣膜随访助手");
        await session.ScreenshotAsync("demo-page.png");
        Assert.DoesNotContain(session.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_sent_while_offline_is_sent_again_by_retry_exactly_once()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage(ProbeAgent.Id, subject: "offline-patient"));
        await session.Launcher.ClickAsync();
        await Expect(session.Answers.First).ToContainTextAsync("欢迎");

        await session.Context.SetOfflineAsync(true);
        await session.Input.FillAsync("断网时发的消息");
        await session.Input.PressAsync("Enter");
        var retry = session.Status.Locator(".ah-status-action");
        await Expect(retry).ToBeVisibleAsync();
        await Expect(session.Status).ToContainTextAsync("网络连接中断");

        await session.Context.SetOfflineAsync(false);
        if (await retry.IsVisibleAsync())
        {
            // The widget also retries by itself when the browser reports the connection back; either way once.
            await retry.ClickAsync();
        }

        await session.WaitUntilIdleAsync();
        await Expect(session.Answers).ToHaveCountAsync(2);
        await Expect(session.Answers.Last.Locator(".ah-md")).ToContainTextAsync("测试免责声明");

        var sessionId = await session.Page.EvaluateAsync<string>(
            "() => Object.keys(sessionStorage).filter(k => !k.endsWith(':open')).map(k => sessionStorage.getItem(k))[0]");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/agents/{ProbeAgent.Id}/sessions/{sessionId}");
        using var response = await server.Client.SendAsync(request);
        var history = await response.Content.ReadFromJsonAsync<JsonElement>();
        var turns = history.GetProperty("turns");
        Assert.Equal(1, turns.GetArrayLength());
        Assert.Equal("断网时发的消息", turns[0].GetProperty("user").GetString());
    }

    [Fact]
    public async Task The_widget_works_with_the_keyboard_alone_and_names_its_parts_for_screen_readers()
    {
        await using var session = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage(ProbeAgent.Id, subject: "keyboard"));
        await Expect(session.Launcher).ToHaveAttributeAsync("aria-label", "打开健康咨询助手");
        await session.Launcher.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(session.Panel).ToBeVisibleAsync();
        await Expect(session.Panel).ToHaveAttributeAsync("role", "dialog");
        await Expect(session.Page.Locator(".ah-log")).ToHaveAttributeAsync("role", "log");
        await Expect(session.Status).ToHaveAttributeAsync("role", "status");
        await Expect(session.Page.GetByLabel("输入您的问题")).ToBeFocusedAsync();

        await session.Page.Keyboard.TypeAsync("睡眠怎么改善？");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.WaitUntilIdleAsync();
        await Expect(session.Answers).ToHaveCountAsync(2);

        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(session.Panel).ToBeHiddenAsync();
        await Expect(session.Launcher).ToBeFocusedAsync();
        await Expect(session.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task The_interface_language_follows_data_locale_else_the_browser()
    {
        await using (var english = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage("child-growth", locale: "en", subject: "en-1")))
        {
            await english.Launcher.ClickAsync();
            await Expect(english.Page.Locator(".ah-title")).ToHaveTextAsync("Child growth assistant");
            await Expect(english.Input).ToHaveAttributeAsync("placeholder", "Type your question…");
            await Expect(english.Answers.First).ToContainTextAsync("child growth assistant");
        }

        await using (var browserEnglish = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage("child-growth", locale: null, subject: "en-2"), locale: "en-GB"))
        {
            await browserEnglish.Launcher.ClickAsync();
            await Expect(browserEnglish.Page.Locator(".ah-disclosure")).ToContainTextAsync("You are chatting with an AI assistant");
        }

        await using var browserChinese = await WidgetSession.OpenAsync(browser.Browser, server.EmbedPage("child-growth", locale: null, subject: "zh-1"), locale: "zh-CN");
        await browserChinese.Launcher.ClickAsync();
        await Expect(browserChinese.Page.Locator(".ah-title")).ToHaveTextAsync("儿童生长发育助手");
        await Expect(browserChinese.Input).ToHaveAttributeAsync("placeholder", "请输入您的问题…");
    }

    [Fact]
    public async Task An_expired_token_asks_the_portal_for_a_new_one_and_carries_on_with_it()
    {
        var expired = Server.WidgetTokens.Sign(WidgetServerFixture.Secret, "expiring", [ProbeAgent.Id], lifetime: TimeSpan.FromSeconds(-120));
        var page = server.EmbedPage(ProbeAgent.Id, subject: "expiring", withToken: false);
        await using var session = await WidgetSession.OpenAsync(browser.Browser, new Uri(page + "&token=" + Uri.EscapeDataString(expired)));
        await session.Page.EvaluateAsync("() => window.addEventListener('agenthost:token-expired', () => { window.__expired = true; })");
        await session.Launcher.ClickAsync();
        await Expect(session.Status).ToContainTextAsync("登录已过期");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.__expired === true"));

        var fresh = Server.WidgetTokens.Sign(WidgetServerFixture.Secret, "expiring", [ProbeAgent.Id]);
        await session.Page.EvaluateAsync("token => window.AgentHost.setToken(token)", fresh);
        await Expect(session.Answers.First).ToContainTextAsync("欢迎");
        await session.SendAsync("你好");
        await Expect(session.Answers).ToHaveCountAsync(2);
    }

    private static async Task AssertInertAsync(WidgetSession session)
    {
        Assert.Empty(session.Dialogs);
        Assert.Equal(0, await session.InWidgetAsync<int>("return root.querySelectorAll('img, script, iframe, object, embed').length;"));
        Assert.Equal(0, await session.InWidgetAsync<int>(
            "return [...root.querySelectorAll('[href]')].filter(a => !/^(https?:|tel:|mailto:)/.test(a.getAttribute('href'))).length;"));
        Assert.Equal(0, await session.InWidgetAsync<int>(
            "return [...root.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;"));
        // The javascript: links are shown as their words only; the https link stays a link that opens a new tab.
        Assert.True(await session.InWidgetAsync<int>("return root.querySelectorAll('.ah-link-inert').length;") >= 1);
        await Expect(session.Page.Locator("a.ah-link[href='https://example.org/help']").First).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");
    }

    private static async Task AssertFitsAsync(WidgetSession session, int width)
    {
        Assert.True(await session.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= width);
        Assert.Equal(0, await session.InWidgetAsync<int>(
            $"return [...root.querySelectorAll('.ah-panel *')].filter(e => e.getBoundingClientRect().right > {width} + 0.5).length;"));
        await Expect(session.Input).ToBeInViewportAsync();
        await Expect(session.SendButton).ToBeInViewportAsync();
        var box = await session.SendButton.BoundingBoxAsync();
        Assert.True(box is { Width: >= 44, Height: >= 44 }, "the send button is a 44 px touch target");
    }
}
