using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgentHost.Tests.Widget;

/// <summary>A browser page with the widget on it, and what the tests do with it (Playwright's locators pierce the shadow root).</summary>
internal sealed class WidgetSession : IAsyncDisposable
{
    private readonly List<string> _dialogs = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _consoleErrors = [];

    private WidgetSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Request += (_, request) => _requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every alert/confirm/prompt the page raised (an injected script would raise one).</summary>
    public IReadOnlyList<string> Dialogs => _dialogs;

    /// <summary>Every URL the page requested.</summary>
    public IReadOnlyList<string> Requests => _requests;

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public ILocator Launcher => Page.Locator(".ah-launcher");

    public ILocator Panel => Page.Locator(".ah-panel");

    public ILocator Input => Page.Locator(".ah-input");

    public ILocator SendButton => Page.Locator(".ah-send");

    public ILocator Answers => Page.Locator(".ah-assistant");

    public ILocator Status => Page.Locator(".ah-status");

    public static async Task<WidgetSession> OpenAsync(IBrowser browser, Uri address, int width = 1280, int height = 800, string locale = "zh-CN")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var session = new WidgetSession(context, page);
        await page.GotoAsync(address.ToString());
        return session;
    }

    /// <summary>Types a message, sends it with Enter, and waits until the answer is complete (the send button is back).</summary>
    public async Task SendAsync(string message)
    {
        await Input.FillAsync(message);
        await Input.PressAsync("Enter");
        await WaitUntilIdleAsync();
    }

    public async Task WaitUntilIdleAsync()
    {
        await Expect(Page.Locator(".ah-root.ah-busy")).ToHaveCountAsync(0, new() { Timeout = 120_000 });
        await Expect(SendButton).ToBeEnabledAsync();
    }

    /// <summary>Runs a script against the widget's shadow root (<c>root</c> in the script).</summary>
    public Task<T> InWidgetAsync<T>(string body) =>
        Page.EvaluateAsync<T>($"() => {{ const root = document.querySelector('.agenthost-widget').shadowRoot; {body} }}");

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name) });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
