using AgentHost.Endpoints;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentHost.Hosting;

public static class ChatServerExtensions
{
    /// <summary>
    /// Adds the chat server: validated <see cref="ServerOptions"/>, the one exception handler, the request body limit,
    /// and the ingestion of each agent's knowledge folder at start. Call after AddInference, AddKnowledge and AddAgents.
    /// </summary>
    public static WebApplicationBuilder AddChatServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>>(sp => new ConfigureOptions<KestrelServerOptions>(
            kestrel => kestrel.Limits.MaxRequestBodySize = sp.GetRequiredService<IOptions<ServerOptions>>().Value.MaxRequestBodyBytes));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WidgetTokenValidator>();
        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. sp.GetRequiredService<IOptions<ServerOptions>>().Value.CorsOrigins])
                .WithHeaders("content-type", "authorization", "x-api-key", "x-session-id", "accept-language")
                .WithMethods("GET", "POST", "DELETE")
                .WithExposedHeaders("retry-after"))));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(limiter => ChatRateLimit.Configure(limiter, sp)));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        return builder;
    }

    /// <summary>The middleware (errors, the widget's files, then access) and every endpoint of the chat server.</summary>
    public static WebApplication MapChatEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!http.Response.HasStarted && http.Response.ContentLength is null && string.IsNullOrEmpty(http.Response.ContentType))
            {
                var status = http.Response.StatusCode;
                await ApiErrors.WriteAsync(http, status, status == 404 ? "not_found" : "request_failed",
                    status == 404 ? "There is nothing at this address." : "The request could not be served.").ConfigureAwait(false);
            }
        });
        app.UseWidgetAssets();
        app.UseCors();
        app.UseMiddleware<ApiAccessMiddleware>();
        app.UseRateLimiter();
        app.MapHealthEndpoints();
        app.MapOpenAIEndpoints();
        app.MapWidgetEndpoints();
        app.MapAdminEndpoints();
        app.MapWidgetPages();
        return app;
    }
}
