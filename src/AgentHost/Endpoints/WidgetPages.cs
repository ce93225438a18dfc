using System.Text.Encodings.Web;
using System.Text.Unicode;
using AgentHost.Agents.Packages;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace AgentHost.Endpoints;

/// <summary>
/// The patient-facing files, compiled into the assembly from <c>wwwroot/</c>: <c>widget.js</c> and its styles (one
/// script tag embeds the widget), the demo page at <c>/</c>, and the full-page chat at <c>/chat/{agent}</c> for app
/// web views. They hold no data, so they are public; the API they call applies the access rules.
/// </summary>
internal static class WidgetPages
{
    /// <summary>Our own pages load only our own files and talk only to this host.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private static readonly ManifestEmbeddedFileProvider Files = new(typeof(WidgetPages).Assembly, "wwwroot");

    // The script holds Chinese text: without a charset, a page served as GBK (common on older hospital sites) would
    // decode it wrongly.
    private static readonly FileExtensionContentTypeProvider ContentTypes = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
    });

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static WebApplication UseWidgetAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            ContentTypeProvider = ContentTypes,
            OnPrepareResponse = context =>
            {
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    AddPageHeaders(context.Context.Response);
                }
                else
                {
                    AddFileHeaders(context.Context.Response);
                }
            },
        });
        return app;
    }

    public static IEndpointRouteBuilder MapWidgetPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => SendFileAsync(context, "index.html"));
        app.MapGet("/chat/{agentId}", ChatPageAsync);
        return app;
    }

    private static async Task ChatPageAsync(string agentId, HttpContext context, AgentCatalog catalog)
    {
        if (!catalog.TryGet(agentId, out var agent))
        {
            // Not echoed: the address is the visitor's input.
            await ApiErrors.WriteAsync(context, 404, "unknown_agent", "There is no such agent; the page at / lists them.").ConfigureAwait(false);
            return;
        }

        var html = Html;
        var locale = agent.Manifest.DefaultLocale;
        var page = $"""
            <!doctype html>
            <html lang="{html.Encode(locale)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
            <meta name="referrer" content="no-referrer">
            <title>{html.Encode(agent.Localized(agent.Manifest.Name, locale))}</title>
            <link rel="stylesheet" href="../page.css">
            </head>
            <body class="agenthost-page">
            <script src="../widget.js" data-agent="{html.Encode(agent.Id)}" data-mode="page"></script>
            </body>
            </html>
            """;
        AddPageHeaders(context.Response);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task SendFileAsync(HttpContext context, string name)
    {
        var file = Files.GetFileInfo(name);
        AddPageHeaders(context.Response);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }

    private static void AddFileHeaders(HttpResponse response)
    {
        // Revalidate every time (cheap 304s through the ETag), so an upgraded host serves its new widget at once.
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    private static void AddPageHeaders(HttpResponse response)
    {
        AddFileHeaders(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
