using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentHost.Tests.Widget;

/// <summary>
/// The hospital's portal, as far as the widget sees it: a page on another origin that embeds widget.js with one script
/// tag, a portal-signed token and a locale — <c>/embed?agent=…&amp;token=…&amp;locale=…</c>.
/// </summary>
internal sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>The portal's origin, e.g. http://127.0.0.1:43123 (no trailing slash).</summary>
    public Uri Origin { get; }

    public static async Task<PortalServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/embed", (HttpContext context) =>
        {
            var query = context.Request.Query;
            string Attribute(string name) => query[name].ToString() is { Length: > 0 } value
                ? $" data-{name}=\"{WebUtility.HtmlEncode(value)}\""
                : "";
            var page = $"""
                <!doctype html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Portal</title></head>
                <body>
                <h1>Hospital portal</h1>
                <p>A page of the hospital's own site, with its own styles.</p>
                <style>button {"{"} background: red !important; font-size: 40px; {"}"} p {"{"} color: purple; {"}"}</style>
                <script src="{WebUtility.HtmlEncode(query["host"].ToString())}widget.js"{Attribute("agent")}{Attribute("token")}{Attribute("locale")}></script>
                </body>
                </html>
                """;
            return Results.Content(page, "text/html; charset=utf-8");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new PortalServer(app, new Uri(address.TrimEnd('/')));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
